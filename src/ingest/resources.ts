/**
 * Everything extraction and resolution read besides the plan, loaded and checked once: the
 * gazetteer, the vocabulary of data/dictionary, the alias table and jieba's lexicon. A bad data
 * file stops here with its name and why, before any plan is read.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dict as jiebaDictionary } from '@node-rs/jieba/dict.js';
import { z } from 'zod';
import { PlanGraphError } from '../errors.ts';
import { loadGazetteer } from '../gazetteer/index.ts';
import { ENTITY_TYPES } from '../model/entity.ts';
import { parseLexicon } from '../extract/dictionary.ts';
import { buildLexicon } from '../extract/lexicon.ts';
import { buildRegionIndex } from '../extract/region-index.ts';
import type { Resources } from '../extract/resources.ts';
import { VOCABULARY_SCHEMAS, type VocabularyFileName, type VocabularyFiles } from '../extract/vocabulary-files.ts';
import { buildVocabulary, type Vocabulary } from '../extract/vocabulary.ts';
import { regionLetters } from '../extract/region-letters.ts';
import { type AliasTable, createAliasTable, type ResolveResources } from '../resolve/index.ts';

/** What the pure stages read: extraction's resources and resolution's, one object. */
export type PipelineResources = Resources & ResolveResources;

const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DATA_DIR = join(PROJECT_ROOT, 'data');

const AliasFileSchema = z.object({
  description: z.string().optional(),
  entries: z.array(
    z.strictObject({ type: z.enum(ENTITY_TYPES), name: z.string().min(1), aliases: z.array(z.string().min(1)), source: z.string().optional() }),
  ),
  pending: z.unknown().optional(),
});

/** A data file read and checked against its schema; a bad one stops with its name and why. */
function readChecked<T>(file: string, schema: z.ZodType<T>): T {
  const name = relative(PROJECT_ROOT, file) || file;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new PlanGraphError('CONFIG_INVALID', `${name}: ${error instanceof Error ? error.message : String(error)}`, { subject: name, cause: error });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new PlanGraphError('CONFIG_INVALID', `${name}: ${reasons.join('; ')}`, { subject: name });
  }
  return parsed.data;
}

/**
 * Every vocabulary file of `dir` (data/dictionary), checked, with its patterns built; the
 * gazetteer's province names join the words that rank a title (山西省…试点, as 省级 does).
 */
export function loadVocabulary(dir: string = join(DATA_DIR, 'dictionary'), provinceNames: readonly string[] = []): Vocabulary {
  const names = Object.keys(VOCABULARY_SCHEMAS) as VocabularyFileName[];
  const files = Object.fromEntries(names.map((name) => [name, readChecked<unknown>(join(dir, name), VOCABULARY_SCHEMAS[name])]));
  // Each file was parsed by its own schema just above: the record holds each file's type.
  return buildVocabulary(files as VocabularyFiles, provinceNames);
}

/** The reviewed alias table (data/aliases.json). */
export function loadAliases(file: string = join(DATA_DIR, 'aliases.json')): AliasTable {
  return createAliasTable(readChecked(file, AliasFileSchema).entries);
}

/** Reads and checks every resource once; the indexes over them are built here too. */
export function loadResources(): PipelineResources {
  const gazetteer = loadGazetteer();
  const lexicon = buildLexicon(parseLexicon(jiebaDictionary));
  return {
    gazetteer,
    vocabulary: loadVocabulary(undefined, gazetteer.rows.filter((row) => row.level === 'province').map((row) => row.name)),
    aliases: loadAliases(),
    lexicon,
    places: { regions: buildRegionIndex(gazetteer, lexicon), letters: regionLetters(gazetteer) },
  };
}
