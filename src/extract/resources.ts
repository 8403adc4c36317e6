/**
 * What extraction reads besides the plan: the gazetteer, the vocabulary of data/dictionary and
 * jieba's lexicon, with the indexes built over them. The pipeline loads them once
 * (src/ingest/resources.ts) and hands them to `extractPlan`, so that extraction reads no file and
 * keeps no state of its own: the same plan and resources always give the same extraction.
 */
import type { Gazetteer } from '../gazetteer/index.ts';
import type { Lexicon } from './lexicon.ts';
import type { RegionIndex } from './region-index.ts';
import type { Vocabulary } from './vocabulary.ts';
import type { RegionLetters } from './region-letters.ts';

export interface Resources {
  gazetteer: Gazetteer;
  vocabulary: Vocabulary;
  lexicon: Lexicon;
  /** The gazetteer indexed for the place finders (name trie, segmenters, first letters). */
  places: { regions: RegionIndex; letters: RegionLetters };
}
