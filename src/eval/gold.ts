import { z } from 'zod';
import { ENTITY_TYPES } from '../model/entity.ts';

/** A line range of the document as it is on disk (1-based, inclusive). */
export const LineRangeSchema = z.object({
  fromLine: z.number().int().positive(),
  toLine: z.number().int().positive(),
  label: z.string().optional(),
});

export const GoldEntitySchema = z.object({
  type: z.enum(ENTITY_TYPES),
  name: z.string().min(1),
  forms: z.array(z.string().min(1)).min(1),
  nested: z.boolean().optional(),
  altTypes: z.array(z.enum(ENTITY_TYPES)).optional(),
});

/** One annotated document (tests/fixtures/annotations/GUIDELINES.md). */
export const GoldDocumentSchema = z.object({
  document: z.string().min(1),
  scope: z.union([z.literal('whole'), z.array(LineRangeSchema).min(1)]),
  annotator: z.string().min(1),
  annotatedBeforeExtraction: z.boolean(),
  entities: z.array(GoldEntitySchema),
});

export type LineRange = z.infer<typeof LineRangeSchema>;
export type GoldEntity = z.infer<typeof GoldEntitySchema>;
export type GoldDocument = z.infer<typeof GoldDocumentSchema>;

/** The two annotation sets, reported apart: rules were written from `corpus`, never from `dev`. */
export const GOLD_SETS = ['corpus', 'dev'] as const;
export type GoldSet = (typeof GOLD_SETS)[number];

/** Compares forms as the text's names: no spaces, no quote marks or 《》. */
export function formKey(form: string): string {
  return form.replace(/[\s\u3000]+/g, '').replace(/[“”"'‘’《》「」]/g, '');
}

/**
 * Annotations of one document written in parts (a long document annotated by several people)
 * become one: scopes joined, entities of the same type and name merged with their forms.
 */
export function mergeParts(parts: readonly GoldDocument[]): GoldDocument {
  const first = parts[0];
  if (!first) throw new Error('mergeParts: no parts');
  const scope: GoldDocument['scope'] = parts.some((p) => p.scope === 'whole') ? 'whole' : parts.flatMap((p) => (p.scope === 'whole' ? [] : p.scope));
  const byKey = new Map<string, GoldEntity>();
  for (const entity of parts.flatMap((p) => p.entities)) {
    const key = `${entity.type}|${entity.name}`;
    const known = byKey.get(key);
    if (!known) byKey.set(key, { ...entity, forms: [...entity.forms] });
    else {
      known.forms = [...new Set([...known.forms, ...entity.forms])];
      known.nested = (known.nested ?? false) && (entity.nested ?? false) ? true : undefined;
      if (known.nested === undefined) delete known.nested;
    }
  }
  return {
    document: first.document,
    scope,
    annotator: [...new Set(parts.map((p) => p.annotator))].join(', '),
    annotatedBeforeExtraction: parts.every((p) => p.annotatedBeforeExtraction),
    entities: [...byKey.values()],
  };
}
