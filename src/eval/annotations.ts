import { z } from 'zod';
import { ENTITY_TYPES } from '../model/entity.ts';

/** Hand-checked annotations of one plan (tests/fixtures/annotations/GUIDELINES.md). */
export const AnnotatedEntitySchema = z.object({
  type: z.enum(ENTITY_TYPES),
  surface: z.string().min(1),
  name: z.string().min(1),
});

export const PassageSchema = z.object({
  id: z.string().min(1),
  exhaustive: z.boolean(),
  text: z.string().min(1),
  entities: z.array(AnnotatedEntitySchema),
});

export const AnnotationFileSchema = z.object({
  plan: z.string().min(1),
  passages: z.array(PassageSchema),
});

/** One traced entity: the plan files that mention it. */
export const TraceSchema = z.object({
  type: z.enum(ENTITY_TYPES).optional(),
  name: z.string().min(1),
  plans: z.array(z.string().min(1)),
});

/** traces.json: a list of traces, bare or under `traces`. */
export const TracesFileSchema = z.union([z.array(TraceSchema), z.object({ traces: z.array(TraceSchema) }).passthrough()]).transform((v) => (Array.isArray(v) ? v : v.traces));

export type AnnotatedEntity = z.infer<typeof AnnotatedEntitySchema>;
export type Passage = z.infer<typeof PassageSchema>;
export type AnnotationFile = z.infer<typeof AnnotationFileSchema>;
export type Trace = z.infer<typeof TraceSchema>;

export interface Annotations {
  files: AnnotationFile[];
  traces: Trace[];
}
