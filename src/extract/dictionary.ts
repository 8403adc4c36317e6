/**
 * The word lists extraction reads from jieba: its general lexicon and a domain dictionary
 * generated from the gazetteer and the zone names, merged into one segmenter so that a place
 * name is a word where the text means the place (晋中/国家) and stays inside ordinary words
 * where it does not (长治久安, 昔阳/城市/管理, 振兴/县域).
 */
import { Jieba } from '@node-rs/jieba';
import type { Gazetteer } from '../gazetteer/index.ts';

export interface LexiconWord {
  word: string;
  frequency: number;
  tag: string;
}

/** The lines of a jieba dictionary (`word frequency tag`) as words; jieba's own is 349k words. */
export function parseLexicon(bytes: Uint8Array): LexiconWord[] {
  const words: LexiconWord[] = [];
  for (const line of Buffer.from(bytes).toString('utf8').split('\n')) {
    const [word, frequency, tag] = line.trim().split(' ');
    if (word && frequency) words.push({ word, frequency: Number(frequency), tag: tag ?? 'x' });
  }
  return words;
}

/** Frequency given to domain words: high enough to beat the general words they overlap. */
const DOMAIN_FREQUENCY = 50_000;

/** Every region name form (ns) and the given zone names (nz), with their tag: generated, never hand-typed. */
function domainTags(gazetteer: Gazetteer, zoneNames: readonly string[]): Map<string, 'ns' | 'nz'> {
  const tags = new Map<string, 'ns' | 'nz'>();
  for (const row of gazetteer.rows) {
    const tag = row.kind === 'zone-unit' ? 'nz' : 'ns';
    for (const name of [row.name, ...row.shortNames, ...row.formerNames]) {
      if (name.length >= 2 && !row.generic && !tags.has(name)) tags.set(name, tag);
    }
  }
  for (const name of zoneNames) if (!tags.has(name)) tags.set(name, 'nz');
  return tags;
}

/** jieba user-dictionary lines (`word frequency tag`) of the domain words. */
export function domainDictionaryLines(gazetteer: Gazetteer, zoneNames: readonly string[] = []): string[] {
  return [...domainTags(gazetteer, zoneNames)].map(([name, tag]) => `${name} ${DOMAIN_FREQUENCY} ${tag}`).sort();
}

/** The domain words with their frequency, for a segmenter laid over the lexicon (segmenter.ts). */
export function domainWords(gazetteer: Gazetteer, zoneNames: readonly string[] = []): Map<string, number> {
  return new Map([...domainTags(gazetteer, zoneNames).keys()].map((name) => [name, DOMAIN_FREQUENCY]));
}

/**
 * A jieba segmenter whose dictionary is the general lexicon with the domain words appended
 * (`loadDict` cannot retag words jieba already knows, so the dictionary is built whole): the
 * extraction bench's baseline. The extractor cuts with segmenter.ts, which gives the same words.
 */
export function createDomainJieba(lexicon: readonly LexiconWord[], gazetteer: Gazetteer, zoneNames: readonly string[] = []): Jieba {
  const domain = new Set(domainDictionaryLines(gazetteer, zoneNames).map((l) => l.slice(0, l.indexOf(' '))));
  const general = lexicon
    .filter((w) => !domain.has(w.word))
    .map((w) => `${w.word} ${w.frequency} ${w.tag}`);
  const text = [...general, ...domainDictionaryLines(gazetteer, zoneNames)].join('\n');
  return Jieba.withDict(Buffer.from(text, 'utf8'));
}
