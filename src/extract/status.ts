/**
 * The stage a passage names for a mention of a project (GUIDELINES of status): read from the
 * grammar of the sentence around it, with the general stage words of src/extract/stage-words.ts.
 *
 * - The clause is the sentence (to 。；！？ or the line end) and, inside it, the segment (to ，：)
 *   that holds the mention.
 * - A stage verb before the name governs it, and every item of the list it is in (建设A、B等项目),
 *   unless a preposition stands between (以A为龙头, 依托A) or the name only modifies another head
 *   (A的配套设施, A增量市场改革). A list may run over several segments of bare names (建设A，B，C),
 *   and a label before a colon governs the items after it (续建项目：A，B).
 * - A stage phrase closing the segment after the name or its list counts (A建成通车, A、B等项目
 *   开工建设), and so do following segments with no object of their own (A，年内建成投产).
 * - A 专栏 line headed by the name takes the stage its description names (1.太焦高铁：建成…); a
 *   专栏 heading line (开工项目) gives its stage to the items under it that name none.
 * - An aspect verb before the name (推进, 加快, 完成, 启动) gives way to a stage phrase after it
 *   (推进A开工建设: started; 推进A前期工作: planned) and names its own stage otherwise (推进A建设:
 *   underway). Of the stages named for a mention, the most advanced wins.
 */
import { stageRank, type MentionStatus, type Stage } from '../model/status.ts';
import { LIST_MARKS, NUMBERING, segmentIndexAt, type Segment, type Sentence, type Span } from './clauses.ts';
import { Passage, type Cue } from './passage.ts';
import type { RuleId } from './rules.ts';
import { ADVERBS, MODIFIER_TAILS, PREPOSITIONS, WORK_WORDS } from './stage-words.ts';

export const STATUS_RULES = {
  verbBefore: 'status.verb-before',
  stageAfter: 'status.stage-after',
  followingClause: 'status.following-clause',
  listLabel: 'status.list-label',
  lineDescription: 'status.line-description',
  boxHeading: 'status.box-heading',
} as const satisfies Record<string, RuleId>;

export interface StatusContext {
  /** The section read once for all its mentions (names, sentences, stage words). */
  passage?: Passage;
  /**
   * For parks and enterprises: a status only where the passage builds or runs the thing (建设,
   * 建成, 投产 …), not where it attracts, supports or advances it (引进, 支持, 推动).
   */
  building?: boolean;
}

interface Decision {
  stage: Stage;
  cue: Cue;
  ruleId: RuleId;
  /** Whether a word that builds or runs took part (StageWord.builds). */
  builds: boolean;
}

/** The stage words before a name that govern it: the verb, or a label's words. */
interface Governing {
  cues: Cue[];
  ruleId: RuleId;
}

interface Reading {
  passage: Passage;
  sentence: Sentence;
  cues: Cue[];
  index: number;
  start: number;
  end: number;
}

/**
 * The stage the passage names for the mention at [mentionStart, mentionEnd) of a section's text,
 * or null when it names none. Offsets of the cue are in the section's text.
 */
export function statusOf(sectionText: string, mentionStart: number, mentionEnd: number, context: StatusContext = {}): MentionStatus | null {
  const passage = context.passage ?? new Passage(sectionText, { names: [{ start: mentionStart, end: mentionEnd }] });
  const { sentence, cues } = passage.sentenceAt(mentionStart);
  const reading: Reading = { passage, sentence, cues, index: segmentIndexAt(sentence, mentionStart), start: mentionStart, end: mentionEnd };
  if (isModifier(passage, sentence.segments[reading.index]!, mentionEnd)) return null;
  const named = [ownSegment(reading), ...followingClauses(reading), lineDescription(reading)].filter((d): d is Decision => d !== undefined);
  const best = mostAdvanced(named) ?? boxHeading(passage, mentionStart);
  if (!best || (context.building && !best.builds && !namedAsProject(passage.text, mentionEnd))) return null;
  const phrase = phraseOf(cues, best.cue);
  return { stage: best.stage, cue: passage.text.slice(phrase.start, phrase.end), ruleId: best.ruleId, start: phrase.start, end: phrase.end };
}

/** A park or enterprise named as a project (华北铸造物流城等项目, X项目): it is the work itself, built whatever the verb. */
const AS_PROJECT = /^(?:等[^，。；、：\s]{0,6}?)?(?:项目|工程)/;
const namedAsProject = (text: string, end: number): boolean => AS_PROJECT.test(text.slice(end, end + 10));

/** The stage named in the mention's own segment: the verb before it and the phrase after it. */
function ownSegment(reading: Reading): Decision | undefined {
  return decide(governingVerb(reading), stageAfter(reading));
}

/**
 * Combines the words that govern a name with the stage phrase after it: a phrase that names a
 * stage outranks an aspect verb (推进…开工建设); plain 建设 leaves the verb its own stage.
 */
function decide(governing: Governing | undefined, after: readonly Cue[], afterRule: RuleId = STATUS_RULES.stageAfter): Decision | undefined {
  const builds = [...(governing?.cues ?? []), ...after].some((c) => c.info.builds);
  const named = after.filter((c) => c.info.role !== 'plain' && c.info.stage !== null);
  if (named.length > 0) {
    const before = (governing?.cues ?? []).filter((c) => c.info.role === 'stage');
    const fromBefore = before.map((cue) => asDecision(cue, governing!.ruleId, builds));
    return mostAdvanced([...fromBefore, ...named.map((cue) => asDecision(cue, afterRule, builds))]);
  }
  const own = governing ? governingStage(governing, builds) : undefined;
  if (own) return own;
  const plain = after.find((c) => c.info.role === 'plain');
  return plain ? asDecision(plain, afterRule, builds) : undefined;
}

/** The stage the governing words name themselves: a stage word, else the last aspect verb that names one, else plain 建设. */
function governingStage(governing: Governing, builds: boolean): Decision | undefined {
  const stages = governing.cues.filter((c) => c.info.role === 'stage');
  if (stages.length > 0) return mostAdvanced(stages.map((cue) => asDecision(cue, governing.ruleId, builds)));
  // The last aspect verb with a stage of its own (继续配合: 继续); one without (抓好, 配合) names none.
  const lights = governing.cues.filter((c) => c.info.role === 'light');
  const light = lights.filter((c) => c.info.stage).at(-1);
  if (lights.length > 0) return light ? asDecision(light, governing.ruleId, builds) : undefined;
  const plain = governing.cues.find((c) => c.info.role === 'plain');
  return plain ? asDecision(plain, governing.ruleId, builds) : undefined;
}

const asDecision = (cue: Cue, ruleId: RuleId, builds: boolean): Decision => ({ stage: cue.info.stage ?? 'planned', cue, ruleId, builds });

function mostAdvanced(decisions: readonly Decision[]): Decision | undefined {
  let best: Decision | undefined;
  for (const d of decisions) if (!best || stageRank(d.stage) > stageRank(best.stage)) best = d;
  return best;
}

/** Stage words joined into one phrase: adjacent, or joined by 并/和/与/及 (建成并投入使用). */
function runsOf(text: string, cues: readonly Cue[]): Cue[][] {
  const runs: Cue[][] = [];
  for (const cue of cues) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    const gap = last ? text.slice(last.end, cue.start).trim() : undefined;
    if (run && gap !== undefined && /^(?:|并|和|与|及|并且)$/.test(gap)) run.push(cue);
    else runs.push([cue]);
  }
  return runs;
}

/** The stage words written together around the deciding one (建成投入使用), as the cue to record. */
function phraseOf(cues: readonly Cue[], cue: Cue): Span {
  let at = cues.indexOf(cue);
  if (at < 0) return cue;
  let start = at;
  while (start > 0 && cues[start - 1]!.end === cues[start]!.start) start -= 1;
  while (at + 1 < cues.length && cues[at + 1]!.start === cues[at]!.end) at += 1;
  return { start: cues[start]!.start, end: cues[at]!.end };
}

const phraseEnd = (cues: readonly Cue[], cue: Cue): number => phraseOf(cues, cue).end;

const cuesBetween = (cues: readonly Cue[], from: number, to: number): Cue[] => cues.filter((c) => c.start >= from && c.end <= to);

/** The end of a segment without trailing spaces and closing marks. */
function trimmedEnd(text: string, segment: Segment): number {
  let end = segment.end;
  while (end > segment.start && /[\s”’）)」】]/.test(text[end - 1] ?? '')) end -= 1;
  return end;
}

const ADVERB_PATTERN = new RegExp(`(?:${[...ADVERBS].sort((a, b) => b.length - a.length).join('|')})`, 'g');
const PREPOSITION_PATTERN = new RegExp(`^(?:${PREPOSITIONS.join('|')})`);

/**
 * The verb before the mention in its segment, if it governs the mention; when nothing stands
 * before the mention but names, the verb or label of the segments before (建设A，B；续建项目：A).
 */
function governingVerb(reading: Reading): Governing | undefined {
  const { passage, sentence, cues, index, start } = reading;
  const segment = sentence.segments[index]!;
  const runs = runsOf(passage.text, cuesBetween(cues, segment.start, start));
  // The closing phrase of an earlier item (…收集管网建设、B) is that item's: the verb before the list governs.
  while (runs.length > 0 && closesItem(passage, runs.at(-1)!)) runs.pop();
  const before = runs.at(-1);
  if (before) return governs(passage, before, start) ? { cues: before, ruleId: STATUS_RULES.verbBefore } : undefined;
  return fromEarlierSegments(reading);
}

/** Whether stage words close a list item (A建成、B…, A改造和B): a list mark follows them. */
function closesItem(passage: Passage, run: readonly Cue[]): boolean {
  const next = passage.text.slice(run.at(-1)!.end).trimStart()[0];
  return next !== undefined && LIST_MARKS.has(next);
}

/**
 * Whether stage words govern a name after them: they can stand before an object, do not close
 * an earlier item (A建成、B…), and no preposition opens the name's item (以A为…,
 * 依托A); a preposition inside a 的-phrase before the head does not count (建设以A为核心的B).
 */
function governs(passage: Passage, run: readonly Cue[], nameStart: number): boolean {
  const last = run.at(-1)!;
  if (last.info.position === 'after' || closesItem(passage, run)) return false;
  const path = passage.outsideNames(last.end, nameStart);
  const items = path.slice(path.lastIndexOf('的') + 1).split(/[、，,和及与]/);
  return !items.some((item) => PREPOSITION_PATTERN.test(item.replace(ADVERB_PATTERN, '').trim()));
}

/** A list over several segments (建设A，B，C) or items after a label (续建项目：A，B). */
function fromEarlierSegments(reading: Reading): Governing | undefined {
  const { passage, sentence, cues } = reading;
  let upTo = reading.start;
  for (let k = reading.index; k > 0; k -= 1) {
    if (!isBare(passage, sentence.segments[k]!.start, upTo)) return undefined;
    const previous = sentence.segments[k - 1]!;
    if (previous.closer === '：') {
      const label = cuesBetween(cues, previous.start, previous.end);
      return label.length > 0 ? { cues: label, ruleId: STATUS_RULES.listLabel } : undefined;
    }
    const lastName = lastNameIn(passage, previous);
    if (!lastName || !isBare(passage, lastName.end, previous.end)) return undefined;
    const run = runsOf(passage.text, cuesBetween(cues, previous.start, lastName.start)).at(-1);
    if (run) return governs(passage, run, lastName.start) ? { cues: run, ruleId: STATUS_RULES.verbBefore } : undefined;
    upTo = lastName.start;
  }
  return undefined;
}

function lastNameIn(passage: Passage, span: Span): Span | undefined {
  for (let i = span.end - 1; i >= span.start; i -= 1) {
    const name = passage.nameAround(i);
    if (name) return name.start >= span.start ? name : undefined;
  }
  return undefined;
}

/** Nothing but names, numbering, list marks and 等 in [from, to). */
function isBare(passage: Passage, from: number, to: number): boolean {
  const rest = passage
    .outsideNames(from, to)
    .replace(NUMBERING, '')
    .replace(/[\s、和及与等“”"'《》（）()]/g, '');
  return rest.length === 0;
}

/**
 * The stage phrase after the mention: the stage words that close its segment, with only list
 * items, 等 and a class word, numbers or adverbs between (A、B等转型标杆项目投产运行).
 */
function stageAfter(reading: Reading): Cue[] {
  const { passage, sentence, cues, index, end } = reading;
  const segment = sentence.segments[index]!;
  const after = cuesBetween(cues, end, segment.end);
  if (after.length === 0 || after.at(-1)!.end !== trimmedEnd(passage.text, segment)) return [];
  let path = '';
  let at = end;
  for (const cue of after) {
    path += passage.outsideNames(at, cue.start);
    at = cue.end;
  }
  const blocked = /的|为|向|由|从|以(?!及)|对|把|被|合作|发展/.test(path.replace(ADVERB_PATTERN, ''));
  return blocked ? [] : after;
}

/** What may open a segment that describes the same work with numbers (，总投资12亿元，全长50公里). */
const FIGURE_CLAUSE = /^\s*(?:总投资|计划投资|投资|总投入|全长|长|总长|占地|总面积|建筑面积|面积|年产|产能|装机|设计|规模|其中|\d)/;

/** The stage words of following segments that have no object of their own (，力争年内开工建设). */
function followingClauses(reading: Reading): Decision[] {
  const { passage, sentence, cues } = reading;
  const found: Decision[] = [];
  for (let k = reading.index + 1; k < sentence.segments.length; k += 1) {
    const segment = sentence.segments[k]!;
    if (passage.firstNameIn(segment.start, segment.end)) break;
    if (FIGURE_CLAUSE.test(passage.text.slice(segment.start, segment.end))) continue;
    const runs = runsOf(passage.text, cuesBetween(cues, segment.start, segment.end));
    const last = runs.at(-1);
    if (!last || last.at(-1)!.end !== trimmedEnd(passage.text, segment) || !hasNoObject(passage, segment, runs)) break;
    const governing = runs.length > 1 ? { cues: runs[0]!, ruleId: STATUS_RULES.followingClause } : undefined;
    const decision = decide(governing, last, STATUS_RULES.followingClause);
    if (decision) found.push(decision);
  }
  return found;
}

/** A segment of stage words, adverbs, dates and phases only (年底前主体完工, 二期30MW开工建设): no subject or object of its own. */
function hasNoObject(passage: Passage, segment: Segment, runs: readonly Cue[][]): boolean {
  let rest = '';
  let at = segment.start;
  for (const cue of runs.flat()) {
    rest += passage.text.slice(at, cue.start);
    at = cue.end;
  }
  rest = rest.replace(ADVERB_PATTERN, '').replace(/[\s\dA-Za-z.]|年|月份?|日/g, '');
  return rest.length <= 2;
}

/**
 * A 专栏 line headed by the mention (1.太焦高铁：…): the stage words that close the segments of
 * its description (，2020年建成通车), which have no object of their own.
 */
function lineDescription(reading: Reading): Decision | undefined {
  const { passage, sentence, cues, index, start, end } = reading;
  const segment = sentence.segments[index]!;
  if (segment.closer !== '：' || !isBare(passage, segment.start, start)) return undefined;
  const tail = passage.outsideNames(end, segment.end).replace(new RegExp(WORK_WORDS.join('|'), 'g'), '').trim();
  if (tail.length > 2) return undefined;
  const named: Decision[] = [];
  for (const other of sentence.segments.slice(index + 1)) {
    for (const cue of cuesBetween(cues, other.start, other.end)) {
      // A stage word with an object after it governs that object (完成42户安置), not the line's work.
      if (cue.info.stage === null || phraseEnd(cues, cue) !== trimmedEnd(passage.text, other)) continue;
      named.push(asDecision(cue, STATUS_RULES.lineDescription, cue.info.builds));
    }
  }
  return mostAdvanced(named);
}

/** The last 专栏 heading line before the mention that names a stage (新开工项目：), if any. */
function boxHeading(passage: Passage, at: number): Decision | undefined {
  const heading = passage.headingBefore(at);
  return heading ? asDecision(heading, STATUS_RULES.boxHeading, heading.info.builds) : undefined;
}

const WORK_HEAD_END = /[线路段桥站厂馆园场期程目区库渠网道]$/;

/** A count or a class after a list (A、B两大水网建设, A、B 13个项目): the items are its members. */
const CLASS_AFTER_LIST = /^[\d一二两三四五六七八九十百]+(?:大|个|项|条|座|所|家|批|类)/;

/**
 * Whether the mention modifies another head, or is the subject of another verb, instead of being
 * the object or subject of a stage: its own tail (to the next list mark or name) starts with 的,
 * 为, 合作 …, or goes on with a longer phrase that is not part of a work's name (A增量市场售电侧
 * 改革, A生态廊道建设) or with a verb and its object (A开展混合所有制改革, A建成国家一级矿井).
 */
function isModifier(passage: Passage, segment: Segment, end: number): boolean {
  const text = passage.text;
  let stop = end;
  while (stop < segment.end && !LIST_MARKS.has(text[stop] ?? '') && !passage.inName(stop)) stop += 1;
  const tail = text.slice(end, stop).replace(/\s+/g, '');
  if (tail === '' || tail.startsWith('等') || CLASS_AFTER_LIST.test(tail)) return false;
  if (MODIFIER_TAILS.some((word) => tail.startsWith(word))) return true;
  const rest = skipTail(passage, end, stop, false);
  if (rest === stop) return false;
  if (passage.cueStartingAt(rest, stop)) return skipTail(passage, rest, stop, true) < stop;
  // What stands between the name and a closing stage phrase (A一期滑草滑雪场|开放运营) is part of the work.
  const plain = text.slice(rest, closingPhraseStart(passage, rest, stop)).replace(/\s+/g, '');
  return !(plain.length <= 3 || (plain.length <= 8 && WORK_HEAD_END.test(plain)));
}

/** Where the stage words and adverbs that close [from, to) start (to itself when none close it). */
function closingPhraseStart(passage: Passage, from: number, to: number): number {
  const { cues } = passage.sentenceAt(from);
  let start = to;
  for (const cue of [...cuesBetween(cues, from, to)].reverse()) {
    const gap = passage.text.slice(cue.end, start).replace(ADVERB_PATTERN, '').trim();
    if (gap !== '') break;
    start = cue.start;
  }
  return start;
}

const SKIPPABLE = new RegExp(`^(?:\\s+|（[^）]*）|\\([^)]*\\)|[\\d.×xX*～~—-]+\\s*(?:[A-Za-z³²/]+|万吨/年|万吨|吨|万千瓦|千瓦|公里|米|亩|万亩|个|座|条)?|${[...WORK_WORDS, ...ADVERBS].sort((a, b) => b.length - a.length).join('|')})`);

/**
 * Where a tail goes on after leading work words, numbers and adverbs (and, with `cues`, stage
 * words): the tail's end when nothing else is in it. Without `cues`, it stops at a stage word.
 */
function skipTail(passage: Passage, from: number, to: number, cues: boolean): number {
  let at = from;
  while (at < to) {
    const cue = passage.cueStartingAt(at, to);
    if (cue && !cues) return at;
    const skipped = cue ? cue.end - at : (SKIPPABLE.exec(passage.text.slice(at, to))?.[0].length ?? 0);
    if (skipped === 0) return at;
    at += skipped;
  }
  return to;
}
