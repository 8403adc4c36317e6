/**
 * One section's text as the status and figure rules read it: where its names are (a stage word or
 * a number inside a name is part of the name, not of the passage), its sentences and the stage
 * words of each, read once per sentence however many mentions it holds, so that reading every
 * mention of a section stays linear in its length.
 */
import { sentenceOf, type Sentence, type Span } from './clauses.ts';
import { NEGATIONS, PURE_LIGHT_WORDS, STAGE_WORDS, type StageWord } from './stage-words.ts';

/** A stage word found in a sentence, outside names and not negated. */
export interface Cue extends Span {
  word: string;
  info: StageWord;
}

export interface SentenceReading {
  sentence: Sentence;
  /** The stage words of the sentence, in order. */
  cues: Cue[];
}

export interface PassageOptions {
  /** The names read in the section (mentions of every type): what they hold is not the passage's. */
  names?: readonly Span[];
  /** A 专栏 box, whose heading lines can name the stage of the items under them. */
  box?: boolean;
}

const WORDS = new Map<string, StageWord>([...Object.entries(STAGE_WORDS), ...Object.entries(PURE_LIGHT_WORDS)]);
const LONGEST_WORD = Math.max(...[...WORDS.keys()].map((w) => w.length));
const FIRST_CHARS = new Set([...WORDS.keys()].map((w) => w[0]));

/**
 * What stands between a heading's stage word and its 项目 or 工程, without a count and spaces
 * (着力开发 27 个服务业旗舰项目: 服务业旗舰): a few words of class, else the word is not the heading's.
 */
const headingGap = (text: string): string => text.replace(/[\d一二两三四五六七八九十百]+\s*(?:个|项|大|批|类)/, '').replace(/\s+/g, '');

export class Passage {
  readonly text: string;
  readonly box: boolean;
  /** The names, outermost only, in text order. */
  readonly names: readonly Span[];
  /** For each character, 1 + the index of the name that holds it, or 0. */
  private readonly nameAt: Int32Array;
  private readonly sentences = new Map<string, SentenceReading>();
  private headings: Array<{ line: Span; cue: Cue }> | undefined;

  constructor(text: string, options: PassageOptions = {}) {
    this.text = text;
    this.box = options.box ?? false;
    this.nameAt = new Int32Array(text.length);
    const outer: Span[] = [];
    const bySize = [...(options.names ?? [])].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const name of bySize) {
      const last = outer[outer.length - 1];
      if (last && name.start < last.end) continue;
      outer.push({ start: name.start, end: name.end });
      this.nameAt.fill(outer.length, Math.max(0, name.start), Math.min(text.length, name.end));
    }
    this.names = outer;
  }

  /** Whether a character belongs to a name. */
  inName(at: number): boolean {
    return (this.nameAt[at] ?? 0) > 0;
  }

  /** The name that holds a character, if any. */
  nameAround(at: number): Span | undefined {
    const index = this.nameAt[at] ?? 0;
    return index > 0 ? this.names[index - 1] : undefined;
  }

  /** The first name that starts in [from, to), if any. */
  firstNameIn(from: number, to: number): Span | undefined {
    for (let i = Math.max(0, from); i < to; i += 1) {
      const name = this.nameAround(i);
      if (name && name.start >= from) return name;
      if (name) i = name.end - 1;
    }
    return undefined;
  }

  /** The text of [from, to) without the names in it. */
  outsideNames(from: number, to: number): string {
    let out = '';
    for (let i = from; i < to; i += 1) if (!this.inName(i)) out += this.text[i] ?? '';
    return out;
  }

  /** The sentence around an offset, with its stage words, read once. */
  sentenceAt(at: number): SentenceReading {
    const sentence = sentenceOf(this.text, at);
    const key = `${sentence.start}:${sentence.end}`;
    const known = this.sentences.get(key);
    if (known) return known;
    const reading = { sentence, cues: this.cuesIn(sentence) };
    this.sentences.set(key, reading);
    return reading;
  }

  /** The stage words of a span, longest first at each place, outside names and not negated. */
  cuesIn(span: Span): Cue[] {
    const cues: Cue[] = [];
    for (let i = span.start; i < span.end; i += 1) {
      if (this.inName(i) || !FIRST_CHARS.has(this.text[i])) continue;
      const cue = this.cueStartingAt(i, span.end);
      if (!cue) continue;
      if (!this.isNegated(cue, span.start)) cues.push(cue);
      i = cue.end - 1;
    }
    return cues;
  }

  /** The longest stage word that starts at an offset and ends by `limit`, outside names. */
  cueStartingAt(at: number, limit: number): Cue | undefined {
    for (let length = Math.min(LONGEST_WORD, limit - at); length >= 2; length -= 1) {
      const word = this.text.slice(at, at + length);
      const info = WORDS.get(word);
      if (!info || this.inName(at + length - 1)) continue;
      if (info.notBefore?.some((next) => this.text.startsWith(next, at + length))) continue;
      return { start: at, end: at + length, word, info };
    }
    return undefined;
  }

  /**
   * The last heading line of a 专栏 before an offset that names a stage for the items under it
   * (新开工项目：, 专栏3 2017年重点续建项目), as its stage word; not the line the offset is on.
   */
  headingBefore(at: number): Cue | undefined {
    if (!this.box) return undefined;
    this.headings ??= this.headingLines();
    let found: Cue | undefined;
    for (const heading of this.headings) {
      if (heading.line.end >= at) break;
      found = heading.cue;
    }
    return found;
  }

  /**
   * Short lines ending in 项目 or 工程 (a colon or a bracketed count after) whose stage word comes
   * just before, or before a count and a few words of class (着力开发27个服务业旗舰项目).
   */
  private headingLines(): Array<{ line: Span; cue: Cue }> {
    const headings: Array<{ line: Span; cue: Cue }> = [];
    let start = 0;
    for (const line of this.text.split('\n')) {
      const span = { start, end: start + line.length };
      start = span.end + 1;
      const head = /(?:项目|工程)\s*(?:[（(][^）)]*[）)])?\s*[：:]?\s*$/.exec(line);
      if (line.length > 30 || !head) continue;
      const cue = this.cuesIn({ start: span.start, end: span.start + head.index })
        .filter((c) => c.info.role === 'stage' && headingGap(this.text.slice(c.end, span.start + head.index)).length <= 5)
        .at(-1);
      if (cue) headings.push({ line: span, cue });
    }
    return headings;
  }

  /** 尚未开工, 没有建成, 未按期投产: a negation just before the word (未来 is not one). */
  private isNegated(cue: Cue, from: number): boolean {
    const before = this.text.slice(Math.max(from, cue.start - 4), cue.start);
    if (before.endsWith('不') && !before.endsWith('不断')) return true;
    return NEGATIONS.some((negation) => {
      const at = before.lastIndexOf(negation);
      return at >= 0 && !(negation === '未' && before[at + 1] === '来');
    });
  }
}
