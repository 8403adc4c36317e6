/**
 * What the passage says about each project it mentions (issue 16): the stage it names and the
 * figures it gives, read for every mention of a project, and for a park or an enterprise where
 * the passage builds or runs it (建成…产业园, …公司…项目投产). A name inside a project's name takes
 * the stage of the whole (阳煤集团 in 阳煤集团寿阳乙二醇项目开工建设); the figures are the whole's alone.
 */
import type { Figure, MentionStatus } from '../model/status.ts';
import type { Span } from './clauses.ts';
import type { Section } from '../model/section.ts';
import { figuresOf } from './figures.ts';
import { type Found, isBox } from './found.ts';
import { Passage } from './passage.ts';
import { statusOf } from './status.ts';

export interface MentionReading {
  status?: MentionStatus;
  figures?: Figure[];
}

const READ_TYPES = new Set(['PROJECT', 'PARK', 'ENTERPRISE']);

/** The outermost name a name was read inside, or the name itself. */
function outermost(found: Found): Found {
  let root = found;
  while (root.nestedIn) root = root.nestedIn;
  return root;
}

/**
 * The figures of a name that heads an item of a list of names written as one project's name
 * (金岩500万吨、金达300万吨、楼俊一期120万吨项目: 金岩 500万吨): its item's, read as a passage of
 * its own. A name inside a single work's name (一果食品有限公司6万吨核桃深加工项目), or the company
 * before a list of its works (田园化工有限公司年产20万吨4A沸石项目、7.5万吨/年氢氧化铝), has none:
 * they are the whole's.
 */
function itemFigures(text: string, root: Span, inner: Span, heads: readonly number[]): Figure[] {
  let start = inner.start;
  while (start > root.start && text[start - 1] !== '、') start -= 1;
  let end = inner.end;
  while (end < root.end && text[end] !== '、') end += 1;
  if (start !== inner.start || (start === root.start && end === root.end)) return [];
  // A list of names, each with its figures: another item is headed by a name too (not 公司A项目、B项目).
  const otherHead = heads.some((at) => at !== start && (at === root.start || text[at - 1] === '、'));
  if (!otherHead) return [];
  const item = text.slice(start, end);
  return figuresOf(item, 0, inner.end - start).map((figure) => ({ ...figure, start: figure.start + start, end: figure.end + start }));
}

/** The stage and figures of each project (park, enterprise) of a section, keyed by its found name. */
export function readMentions(section: Section, found: readonly Found[]): Map<Found, MentionReading> {
  const readings = new Map<Found, MentionReading>();
  if (!found.some((f) => READ_TYPES.has(f.type))) return readings;
  const passage = new Passage(section.text, { names: found.filter((f) => !f.nestedIn).map((f) => f.hit), box: isBox(section) });
  const stageOf = (f: Found, building: boolean): MentionStatus | undefined => statusOf(section.text, f.hit.start, f.hit.end, { passage, building }) ?? undefined;
  for (const f of found) {
    if (!READ_TYPES.has(f.type)) continue;
    const root = outermost(f);
    const building = f.type !== 'PROJECT';
    if (root === f) {
      const status = stageOf(f, building);
      const figures = f.type === 'PROJECT' || status ? figuresOf(section.text, f.hit.start, f.hit.end, passage) : [];
      readings.set(f, { ...(status ? { status } : {}), ...(figures.length > 0 ? { figures } : {}) });
    } else if (root.type === 'PROJECT' && f.type !== 'PARK') {
      // The whole is a project: it is built whatever the verb (推进, 加快), so the park's or enterprise's test does not apply.
      const status = stageOf(root, false);
      const heads = found.filter((other) => other !== root && outermost(other) === root).map((other) => other.hit.start);
      const figures = itemFigures(section.text, root.hit, f.hit, heads);
      if (status || figures.length > 0) readings.set(f, { ...(status ? { status } : {}), ...(figures.length > 0 ? { figures } : {}) });
    }
  }
  return readings;
}
