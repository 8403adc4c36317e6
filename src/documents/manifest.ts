import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { z } from 'zod';

import { PlanGraphError } from '../errors.ts';
import { PLAN_KINDS } from '../model/document.ts';

/**
 * The manifest (`manifest.json` next to the documents) fills what the text does not say (the
 * region's code, a stable id) and overrides what it says wrongly. Keyed by file name; a
 * document without an entry is still read, from its text alone.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const manifestEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case slug such as jinzhong-13th-fyp'),
    title: z.string().min(1).optional(),
    kind: z.enum(PLAN_KINDS).optional(),
    regionName: z.string().min(1).optional(),
    regionCode: z.string().regex(/^\d{6}(?:\d{6})?$/, 'a 6- or 12-digit division code').optional(),
    periodStart: z.number().int().min(1949).max(2100).optional(),
    periodEnd: z.number().int().min(1949).max(2100).optional(),
    issuedOn: isoDate.nullable().optional(),
    draft: z.boolean().optional(),
    /** Who delivered a work report (张三) and the office as stated (市长, 代市长); null: nobody is named. */
    speaker: z.string().min(1).nullable().optional(),
    speakerOffice: z.string().min(1).nullable().optional(),
    documentNumber: z.string().optional(),
    drafter: z.string().optional(),
  })
  .strict()
  .refine((entry) => entry.periodStart === undefined || entry.periodEnd === undefined || entry.periodEnd >= entry.periodStart, {
    message: 'periodEnd is before periodStart',
  });

export const manifestSchema = z
  .object({
    version: z.literal(1),
    plans: z.record(z.string().min(1), manifestEntrySchema),
  })
  .strict();

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;

export const MANIFEST_FILE = 'manifest.json';

/** Parses a manifest's JSON text; a bad manifest names the file, the entry and the field. */
export function parseManifest(json: string, path: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new PlanGraphError('BAD_INPUT', `${path}: not valid JSON (${(error as Error).message})`, { subject: path, cause: error });
  }
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    throw new PlanGraphError('BAD_INPUT', `${path}: invalid manifest (${issues})`, { subject: path });
  }
  const ids = new Map<string, string>();
  for (const [file, entry] of Object.entries(parsed.data.plans)) {
    const other = ids.get(entry.id);
    if (other) throw new PlanGraphError('BAD_INPUT', `${path}: id "${entry.id}" is used by both ${other} and ${file}`, { subject: path });
    ids.set(entry.id, file);
  }
  return parsed.data;
}

/** Loads `manifest.json` from a directory; a directory without one has an empty manifest. */
export async function loadManifest(dir: string): Promise<Manifest> {
  const path = join(dir, MANIFEST_FILE);
  let json: string;
  try {
    json = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return { version: 1, plans: {} };
    throw new PlanGraphError('BAD_INPUT', `${path}: cannot be read (${(error as Error).message})`, { subject: path, cause: error });
  }
  return parseManifest(json, path);
}
