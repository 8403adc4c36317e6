/**
 * Everything extraction and resolution read besides the plan: the gazetteer, the vocabulary of
 * data/dictionary, the alias table and jieba's lexicon. The pipeline loads them once and hands
 * them to `extractPlan` and `resolvePlan`, so that those stages read no file and keep no state of
 * their own: the same plan and resources always give the same graph.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dict as jiebaDictionary } from '@node-rs/jieba/dict.js';
import { z } from 'zod';
import { PlanGraphError } from '../errors.ts';
import { type Gazetteer, loadGazetteer } from '../gazetteer/index.ts';
import { ENTITY_TYPES } from '../model/entity.ts';
import { type AliasTable, createAliasTable } from '../resolve/aliases.ts';
import { parseLexicon } from './dictionary.ts';
import { buildLexicon, type Lexicon } from './lexicon.ts';
import { buildRegionIndex, type RegionIndex } from './regions.ts';
import { VOCABULARY_SCHEMAS, type VocabularyFileName, type VocabularyFiles } from './vocabulary-files.ts';
import { buildVocabulary, type Vocabulary } from './vocabulary.ts';
import { type RegionLetters, regionLetters } from './zones.ts';

export interface Resources {
  gazetteer: Gazetteer;
  vocabulary: Vocabulary;
  aliases: AliasTable;
  lexicon: Lexicon;
  /** The gazetteer indexed for the place finders (name trie, segmenters, first letters). */
  places: { regions: RegionIndex; letters: RegionLetters };
}

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
export function loadResources(): Resources {
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
