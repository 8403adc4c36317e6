import type { PlanMeta } from '../model/document.ts';
import type { Section, SectionKind } from '../model/section.ts';
import type { NormalizedText } from '../model/text.ts';
import type { HeadingMatch } from '../normalize/headings.ts';
import { matchHeading } from '../normalize/headings.ts';
import type { TextLine } from './lines.ts';
import { spansOf, splitLines } from './lines.ts';

/**
 * Cuts a normalised plan into a tree of sections in reading order. Decisions, read off the
 * five documents:
 *  - 篇 > 章 > 节 > 一、 > （一）; a level a document lacks is simply skipped (depth counts
 *    the sections actually above, so a plan without 篇 has its chapters at depth 1).
 *  - 一、 and （一） are sections when they stand alone as a heading line (`一、机遇方面`,
 *    `（一）加快传统产业改造升级`): in all four plans those are the sub-headings of a 节.
 *    Numbered paragraphs that run on into their text (`（一）实施产业脱贫专项行动。按照…`)
 *    are list items of their section, not sections. In a work report (kind work-report) the
 *    numbered paragraphs *are* the structure (`（一）经济发展在强服务…。`), so they are
 *    sections there, titled by their first sentence.
 *  - 专栏 boxes and 表 tables are leaves nested where they stand. Inside them a numbered
 *    line is a row of the box or table (`一、经济发展（6项）`), unless it continues the
 *    numbering of the section around it (`五、` after `四、` ends the box before it).
 *  - A box ends at the next heading; at a block break the normaliser saw in the layout (two
 *    blank lines in 晋中, the return to body print in 孝义); or, for the project lists of
 *    孝义 whose items end in `；`, after the item that ends in `。`. The text after a box
 *    belongs to the section around it again: that section gets another span.
 *  - A table ends at the next heading only: its notes (`注：…`) belong to it.
 *  - 晋中's outline lost the marker of its 第十章 (the title stands alone, unnumbered): a
 *    `第一节` in a chapter that already has sections opens an implied chapter titled by the
 *    short unpunctuated lines just before it.
 * A section's own text is its heading line and the lines up to its first child, plus any
 * lines after a box or table child; its extent runs from its heading to its last descendant.
 */
export function structure(normalized: NormalizedText, meta: PlanMeta): Section[] {
  return new SectionBuilder(normalized, meta).build();
}

const RANK: Record<Exclude<SectionKind, 'root'>, number> = {
  part: 1,
  chapter: 2,
  section: 3,
  item: 4,
  box: 9,
  table: 9,
};
const SUBITEM_RANK = 5;

interface OpenSection {
  section: Section;
  rank: number;
  lines: TextLine[];
  /** Last number seen for each numbered kind among this section's children. */
  numbers: Map<string, number>;
  /** Box list state: an item ended in `；`, and then one in `。` closed the list. */
  sawListItem: boolean;
  listClosed: boolean;
}

class SectionBuilder {
  private readonly lines: TextLine[];
  private readonly blockBreaks: Set<number>;
  private readonly workReport: boolean;
  private readonly open: OpenSection[] = [];
  private readonly all: OpenSection[] = [];

  private readonly normalized: NormalizedText;

  constructor(normalized: NormalizedText, meta: PlanMeta) {
    this.normalized = normalized;
    this.lines = splitLines(normalized.text);
    this.blockBreaks = new Set(normalized.blockBreaks ?? []);
    this.workReport = meta.kind === 'work-report';
    const root = this.create('root', meta.title, null, 0);
    this.open.push(root);
  }

  build(): Section[] {
    for (const line of this.lines) this.take(line);
    return this.finish();
  }

  private take(line: TextLine): void {
    const heading = matchHeading(line.text);
    if (heading && this.accepts(heading)) {
      if (heading.kind === 'section' && heading.number === 1) this.openImpliedChapter(line);
      this.openHeading(heading, line);
      return;
    }
    let top = this.top();
    if (top.section.kind === 'box' && (top.listClosed || this.blockBreaks.has(line.start))) {
      this.open.pop();
      top = this.top();
    }
    top.lines.push(line);
    if (top.section.kind === 'box') {
      if (/；$/.test(line.text)) top.sawListItem = true;
      else if (top.sawListItem && /。$/.test(line.text)) top.listClosed = true;
    }
  }

  private accepts(heading: HeadingMatch): boolean {
    if (heading.kind !== 'item' && heading.kind !== 'subitem') return true;
    if (!heading.standalone && !this.workReport) return false;
    const top = this.top();
    if (top.section.kind !== 'box' && top.section.kind !== 'table') return true;
    // Inside a box or table: only the next number of the enclosing list breaks out.
    for (let i = this.open.length - 1; i >= 0; i--) {
      const entry = this.open[i] as OpenSection;
      const last = entry.numbers.get(heading.kind);
      if (last !== undefined) return heading.number === last + 1;
    }
    return false;
  }

  private openHeading(heading: HeadingMatch, line: TextLine): void {
    const rank = heading.kind === 'subitem' ? SUBITEM_RANK : RANK[heading.kind];
    while (this.top().rank >= rank) this.open.pop();
    const parent = this.top();
    if (heading.number !== null) parent.numbers.set(heading.kind, heading.number);
    const kind: SectionKind = heading.kind === 'subitem' ? 'item' : heading.kind;
    const entry = this.create(kind, titleOf(heading, line.text), parent, rank);
    entry.section.extent.start = line.start;
    entry.lines.push(line);
    this.open.push(entry);
  }

  private openImpliedChapter(line: TextLine): void {
    const chapterAt = this.open.findIndex((entry) => entry.section.kind === 'chapter');
    const chapter = this.open[chapterAt];
    if (!chapter || chapter.numbers.get('section') === undefined) return;
    const owner = this.top();
    const before = owner.lines;
    let k = before.length;
    let intro = 0;
    while (k > 0 && intro < 2 && /[。！？]$/.test((before[k - 1] as TextLine).text) && (before[k - 1] as TextLine).index === line.index - 1 - intro) {
      k--;
      intro++;
    }
    const titleLines: TextLine[] = [];
    while (k > 0 && titleLines.length < 2) {
      const candidate = before[k - 1] as TextLine;
      if (candidate.index !== line.index - 1 - intro - titleLines.length || !looksLikeTitle(candidate.text)) break;
      titleLines.unshift(candidate);
      k--;
    }
    const preceding = before[k - 1];
    if (titleLines.length === 0 || k === 0 || !preceding || !/[。！？；]$/.test(preceding.text)) return;
    const moved = before.splice(k);
    this.open.length = chapterAt;
    const parent = this.top();
    parent.numbers.set('chapter', (parent.numbers.get('chapter') ?? 0) + 1);
    const implied = this.create('chapter', titleLines.map((l) => l.text).join(''), parent, RANK.chapter);
    implied.section.extent.start = (titleLines[0] as TextLine).start;
    implied.lines.push(...moved);
    this.open.push(implied);
  }

  private create(kind: SectionKind, title: string, parent: OpenSection | null, rank: number): OpenSection {
    const section: Section = {
      ordinal: this.all.length,
      kind,
      title,
      path: parent ? [...parent.section.path, title] : [],
      depth: parent ? parent.section.depth + 1 : 0,
      parentOrdinal: parent ? parent.section.ordinal : null,
      text: '',
      spans: [],
      extent: { start: 0, end: 0 },
    };
    const entry: OpenSection = { section, rank, lines: [], numbers: new Map(), sawListItem: false, listClosed: false };
    this.all.push(entry);
    return entry;
  }

  private top(): OpenSection {
    return this.open[this.open.length - 1] as OpenSection;
  }

  private finish(): Section[] {
    const text = this.normalized.text;
    for (const entry of this.all) {
      const section = entry.section;
      section.spans = spansOf(entry.lines);
      section.text = section.spans.map((span) => text.slice(span.start, span.end)).join('\n');
      const last = entry.lines[entry.lines.length - 1];
      section.extent.end = Math.max(section.extent.start, last ? last.end : section.extent.start);
    }
    // Children come after their parents in reading order: one backward pass widens every extent.
    for (let i = this.all.length - 1; i > 0; i--) {
      const section = (this.all[i] as OpenSection).section;
      const parent = this.all[section.parentOrdinal ?? 0] as OpenSection;
      parent.section.extent.end = Math.max(parent.section.extent.end, section.extent.end);
    }
    const root = (this.all[0] as OpenSection).section;
    root.extent = { start: 0, end: text.length };
    return this.all.map((entry) => entry.section);
  }
}

function titleOf(heading: HeadingMatch, text: string): string {
  if (heading.standalone) return text;
  // A run-in item is titled by its first sentence: `（一）经济发展在强服务、增后劲中取得新成绩`.
  const end = text.indexOf('。');
  return end > 0 ? text.slice(0, end) : text;
}

function looksLikeTitle(text: string): boolean {
  return [...text].length <= 30 && !/[。！？；：:]$/.test(text) && matchHeading(text) === null;
}
