/**
 * The figures a passage gives about a mentioned project (GUIDELINES of status): what it costs
 * (总投资12.5亿元), makes or generates (年产120万吨, 30万千瓦, 100MW), how long or large it is
 * (5公里, 1000亩), how many (3座), and the level it is to reach by a year (到2025年…达到500万吨).
 *
 * - Where: the mention's list item when it is one of a list (建设A年产10万吨、B…), else its
 *   segment, with the segments after it that describe the same work by numbers (，总投资12亿元).
 *   A figure that stands before another name with 的 (总投资50亿元的B) or on the far side of
 *   another name is that name's, and a figure inside another name is part of that name.
 * - Not the region's or the year's: no figure of a segment about 全市, 全年, 地区生产总值 …, nor
 *   a change (增长 8%), nor an ordinal (第十三个).
 * - Percentages are figures of a project only as a target it is to reach by a year (到2020年
 *   …达到95%): a share or a growth rate is not a measure of the project.
 */
import type { BaseUnit, Figure, FigureMeasure } from '../model/status.ts';
import { LIST_MARKS, segmentIndexAt, type Segment, type Span } from './clauses.ts';
import { AMOUNT, amountValue } from './numbers.ts';
import { Passage } from './passage.ts';
import type { RuleId } from './rules.ts';

export const FIGURE_RULES = {
  keyword: 'figure.keyword',
  unit: 'figure.unit',
  yearTarget: 'figure.year-target',
} as const satisfies Record<string, RuleId>;

interface Unit {
  measure: Exclude<FigureMeasure, 'target' | 'other'> | 'other';
  base?: { factor: number; unit: BaseUnit };
  /** Only with Arabic digits, or a Chinese numeral of two characters or more (一座, 二元 are words). */
  strict?: boolean;
}

const MU = 10_000 / 15;
const per = (factor: number, unit: BaseUnit) => ({ factor, unit });

/** The units of the figures of a project, by the measure they give. */
const UNITS: Readonly<Record<string, Unit>> = {
  亿元: { measure: 'investment', base: per(1e8, '元') },
  万元: { measure: 'investment', base: per(1e4, '元') },
  元: { measure: 'investment', base: per(1, '元'), strict: true },
  亿美元: { measure: 'investment' },
  万美元: { measure: 'investment' },
  万千瓦: { measure: 'capacity', base: per(1e4, '千瓦') },
  千瓦: { measure: 'capacity', base: per(1, '千瓦') },
  kW: { measure: 'capacity', base: per(1, '千瓦') },
  KW: { measure: 'capacity', base: per(1, '千瓦') },
  兆瓦: { measure: 'capacity', base: per(1e3, '千瓦') },
  MW: { measure: 'capacity', base: per(1e3, '千瓦') },
  吉瓦: { measure: 'capacity', base: per(1e6, '千瓦') },
  GW: { measure: 'capacity', base: per(1e6, '千瓦') },
  // A Latin prefix written before 瓦 (1G瓦, 50M瓦)
  G瓦: { measure: 'capacity', base: per(1e6, '千瓦') },
  M瓦: { measure: 'capacity', base: per(1e3, '千瓦') },
  '万吨/年': { measure: 'capacity', base: per(1e4, '吨') },
  '吨/年': { measure: 'capacity', base: per(1, '吨') },
  亿吨: { measure: 'capacity', base: per(1e8, '吨') },
  万吨: { measure: 'capacity', base: per(1e4, '吨') },
  千吨: { measure: 'capacity', base: per(1e3, '吨') },
  吨: { measure: 'capacity', base: per(1, '吨') },
  亿立方米: { measure: 'capacity' },
  万立方米: { measure: 'capacity' },
  立方米: { measure: 'capacity' },
  万辆: { measure: 'capacity' },
  万台: { measure: 'capacity' },
  万套: { measure: 'capacity' },
  万件: { measure: 'capacity' },
  亿只: { measure: 'capacity' },
  万只: { measure: 'capacity' },
  万头: { measure: 'capacity' },
  亿安时: { measure: 'capacity' },
  公里: { measure: 'length', base: per(1e3, '米') },
  千米: { measure: 'length', base: per(1e3, '米') },
  km: { measure: 'length', base: per(1e3, '米') },
  米: { measure: 'length', base: per(1, '米'), strict: true },
  平方公里: { measure: 'area', base: per(1e6, '平方米') },
  万平方米: { measure: 'area', base: per(1e4, '平方米') },
  平方米: { measure: 'area', base: per(1, '平方米') },
  万亩: { measure: 'area', base: per(1e4 * MU, '平方米') },
  亩: { measure: 'area', base: per(MU, '平方米') },
  公顷: { measure: 'area', base: per(1e4, '平方米') },
  个: { measure: 'count', strict: true },
  座: { measure: 'count', strict: true },
  条: { measure: 'count', strict: true },
  台: { measure: 'count', strict: true },
  套: { measure: 'count', strict: true },
  处: { measure: 'count', strict: true },
  所: { measure: 'count', strict: true },
  栋: { measure: 'count', strict: true },
  张: { measure: 'count', strict: true },
  万人次: { measure: 'other' },
  '%': { measure: 'other' },
};

/** Words a unit is not the unit of when they follow it (千万吨级, 万千瓦时, 个月, 条件, 处理, 所有). */
const NOT_A_UNIT_BEFORE = /^(?:级|时|标准煤|标煤)/;
const NOT_A_COUNT_BEFORE: Readonly<Record<string, RegExp>> = {
  个: /^(?:月|百分点|工作日|小时)/,
  条: /^(?:件|例)/,
  台: /^阶/,
  处: /^(?:理|置)/,
  所: /^(?:有|以)/,
  座: /^谈/,
  套: /^餐/,
};

const UNIT_PATTERN = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[/%]/g, (ch) => `\\${ch}`).replace(/(?<=[A-Za-z])(?=[\u4e00-\u9fff])/g, String.raw`\s*`))
  .join('|');

/** An amount and its unit, with the qualifiers before and after it (超过100亿元, 5亿元以上). */
const FIGURE = new RegExp(String.raw`(?:超过|约|近|逾|达到|达|突破|不低于|不少于|高于)?\s*(${AMOUNT})\s*(${UNIT_PATTERN})(?:以上|左右|多|余)?`, 'g');

/** Measure words before an amount, nearest first: they name what the number measures. */
const KEYWORDS: ReadonlyArray<[RegExp, FigureMeasure]> = [
  [/(?:总投资|计划投资|完成投资|累计投资|概算投资|投资|总投入|投入)\s*(?:约|达|为|超过|近)?\s*$/, 'investment'],
  [/(?:年产能|年产|产能|总装机|装机容量|装机|处理能力|日处理|年处理|设计能力|年生产|年加工|年吞吐|吞吐能力|规模)\s*(?:约|达|为|达到)?\s*$/, 'capacity'],
  [/(?:全长|总长|总里程|里程|长)\s*(?:约|达|为)?\s*$/, 'length'],
  [/(?:占地面积|占地|建筑面积|总面积|面积|规划面积)\s*(?:约|达|为)?\s*$/, 'area'],
];

/** A capacity word earlier in the item names the output of a product amount (年产拟薄水铝石5万吨, 年产2万套). */
const CAPACITY_BEFORE = /年产|产能|年生产|年处理|日处理|年加工/;

/** A segment about the region or the year, not one project (全市, 全年, 地区生产总值, 增长). */
const TOTALS = /全市|全省|全区|全县|全国|全年|全域|生产总值|GDP|增加值|同比|人均|财政|一般公共预算|比重|占比|增速|总量|规模以上|累计完成/;

/** Money a project earns rather than costs (年产值10亿元, 营业收入): a figure of it, but not its investment. */
const EARNINGS = /(?:产值|收入|营收|销售额|利税|利润|税收)\s*(?:约|达|为|达到|突破|超过|实现)?\s*$/;

/** A year to reach and a verb of reaching just before the amount (到2025年…达到500万吨). */
const YEAR = /到20\d\d年|20\d\d年(?:底|前|末)?|年内|年底|“十[一二三四五六]五”末|期末/;
const REACHING = /(?:达到|提高到|提升到|增加到|增至|扩大到|突破|超过|实现|达)\s*$/;

/**
 * The figures about the mention at [mentionStart, mentionEnd) of a section's text, in text order.
 * `context`: the section read once for all its mentions (its names, sentences).
 */
export function figuresOf(sectionText: string, mentionStart: number, mentionEnd: number, context?: Passage): Figure[] {
  const passage = context ?? new Passage(sectionText, { names: [{ start: mentionStart, end: mentionEnd }] });
  const mention = { start: mentionStart, end: mentionEnd };
  const figures: Figure[] = [];
  for (const scope of scopesOf(passage, mention)) {
    FIGURE.lastIndex = 0;
    const text = sectionText.slice(scope.start, scope.end);
    for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
      const figure = readFigure(passage, scope, mention, m);
      if (figure) figures.push(figure);
    }
  }
  return figures;
}

/**
 * Where the figures of a mention are: its list item, or its segment and the segments after it
 * that open with a measure (，总投资12亿元，全长50公里) and hold no other name; never past the 等
 * that closes a list.
 */
function scopesOf(passage: Passage, mention: Span): Span[] {
  const { sentence } = passage.sentenceAt(mention.start);
  const index = segmentIndexAt(sentence, mention.start);
  const segment = sentence.segments[index]!;
  const item = listItemOf(passage, segment, mention);
  const listEnd = classPhraseStart(passage, mention.end, (item ?? segment).end);
  if (item || listEnd !== undefined) return [{ start: (item ?? segment).start, end: listEnd ?? item!.end }];
  const scopes: Span[] = [segment];
  for (const next of sentence.segments.slice(index + 1)) {
    if (!DESCRIPTION.test(passage.text.slice(next.start, next.end)) || passage.firstNameIn(next.start, next.end)) break;
    scopes.push(next);
  }
  return scopes;
}

/**
 * Where a list closes with 等 and its class (A、B等13个市政道路项目, A等10.4公里管廊): what
 * follows counts or measures the list as a whole, not its last item.
 */
function classPhraseStart(passage: Passage, from: number, to: number): number | undefined {
  for (let at = from; at < to; at += 1) if (passage.text[at] === '等' && !passage.inName(at)) return at;
  return undefined;
}

const DESCRIPTION = /^\s*(?:到20\d\d年|[一二三四五六]期|总投资|计划投资|累计投资|投资|总投入|全长|总长|长|占地|总面积|建筑面积|面积|年产|产能|装机|总装机|设计|规模|其中|建成后)/;

/**
 * The mention's item when its segment is a list of names (A、B和C): from the mark before it to
 * the mark after it. Undefined for a segment that is not a list, or holds no other name.
 */
function listItemOf(passage: Passage, segment: Segment, mention: Span): Span | undefined {
  const text = passage.text;
  const isMark = (at: number): boolean => {
    const ch = text[at] ?? '';
    if (ch === '、') return !passage.inName(at);
    // 和, 及, 与 join items only between names (A和B), not inside words (和顺, 以及).
    return LIST_MARKS.has(ch) && !passage.inName(at) && passage.inName(at - 1) && passage.inName(at + 1);
  };
  // A list of names: 、 between modifiers (健全、完善、全国一流的A) does not make one.
  if (!passage.firstNameIn(segment.start, mention.start) && !passage.firstNameIn(mention.end, segment.end)) return undefined;
  let start = mention.start;
  while (start > segment.start && !isMark(start - 1)) start -= 1;
  let end = mention.end;
  while (end < segment.end && !isMark(end)) end += 1;
  return start === segment.start && end === segment.end ? undefined : { start, end };
}

/** A figure of the match, if it measures the mention. */
function readFigure(passage: Passage, scope: Span, mention: Span, m: RegExpExecArray): Figure | undefined {
  const start = scope.start + m.index + (m[0].length - m[0].trimStart().length);
  const end = scope.start + m.index + m[0].length;
  // 1G 瓦: a unit written with a space after its Latin prefix is the one unit.
  const [amount = '', unitText = ''] = [m[1], m[2]?.replace(/\s+/g, '')];
  const unit = UNITS[unitText];
  const value = amountValue(amount.trim());
  const next = passage.text.slice(end, end + 3);
  if (!unit || value === undefined || !isNumber(amount, unit) || NOT_A_UNIT_BEFORE.test(next) || NOT_A_COUNT_BEFORE[unitText]?.test(next)) return undefined;
  if (passage.text[start - 1] === '第' || !belongsTo(passage, mention, start, end)) return undefined;
  const before = passage.text.slice(scope.start, start);
  if (TOTALS.test(before) || /(?:增长|下降|提高|降低|减少)\s*$/.test(before)) return undefined;
  const qualifier = m[0].trimStart().slice(0, m[0].trimStart().indexOf(amount));
  const measured = measureOf(before, qualifier, passage.text.slice(passage.sentenceAt(start).sentence.start, start), unit);
  if (!measured) return undefined;
  const keyword = measured.keyword;
  const figureStart = start - keyword.length;
  const base = unit.base ? { value: Math.round(value * unit.base.factor * 10) / 10, unit: unit.base.unit } : undefined;
  return {
    measure: measured.measure,
    value,
    unit: unitText,
    text: passage.text.slice(figureStart, end),
    ...(base ? { base } : {}),
    start: figureStart,
    end,
    ruleId: measured.ruleId,
  };
}

/** Whether the amount is a number here: Arabic, or Chinese with a digit, and for the strict units not a lone 一 (一座). */
function isNumber(amount: string, unit: Unit): boolean {
  const plain = amount.replace(/\s/g, '');
  if (/\d/.test(plain)) return true;
  if (!/[一二两三四五六七八九]/.test(plain)) return false;
  return !unit.strict || (plain.length >= 2 && plain !== '一一');
}

/**
 * Whether a figure is the mention's: inside the mention, or outside every other name, not the
 * attribute of another name (总投资50亿元的B), and with no other name between it and the mention.
 */
function belongsTo(passage: Passage, mention: Span, start: number, end: number): boolean {
  if (start >= mention.start && end <= mention.end) return true;
  if (passage.inName(start) || passage.inName(end - 1)) return false;
  const between = end <= mention.start ? { from: end, to: mention.start } : { from: mention.end, to: start };
  if (passage.firstNameIn(between.from, between.to)) return false;
  if (end <= mention.start) return true;
  const next = passage.text.slice(end, end + 2);
  return !(next.startsWith('的') && passage.inName(end + 1));
}

interface Measured {
  measure: FigureMeasure;
  keyword: string;
  ruleId: RuleId;
}

/**
 * What the figure measures: a level to reach by a year named earlier in the sentence (target), else
 * the measure word just before it, else its unit; a percentage only as a target; money after
 * 产值 or 收入 is what the project earns (other), not its investment.
 */
function measureOf(before: string, qualifier: string, sentenceBefore: string, unit: Unit): Measured | undefined {
  if (YEAR.test(sentenceBefore) && REACHING.test(before + qualifier)) {
    return { measure: 'target', keyword: REACHING.test(qualifier) ? '' : (REACHING.exec(before)?.[0] ?? ''), ruleId: FIGURE_RULES.yearTarget };
  }
  if (unit === UNITS['%']) return undefined;
  if (unit.measure === 'investment' && EARNINGS.test(before)) return { measure: 'other', keyword: '', ruleId: FIGURE_RULES.unit };
  for (const [pattern, measure] of KEYWORDS) {
    const keyword = pattern.exec(before);
    if (keyword && (measure === unit.measure || (measure === 'capacity' && unit.measure !== 'investment'))) {
      return { measure, keyword: keyword[0], ruleId: FIGURE_RULES.keyword };
    }
  }
  if (unit.measure === 'count' && CAPACITY_BEFORE.test(before.slice(-12))) return { measure: 'capacity', keyword: '', ruleId: FIGURE_RULES.keyword };
  return { measure: unit.measure, keyword: '', ruleId: FIGURE_RULES.unit };
}
