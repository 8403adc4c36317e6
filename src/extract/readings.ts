/**
 * What the passage says about each project it mentions (issue 16): the stage it names and the
 * figures it gives, read for every mention of a project, and for a park or an enterprise where
 * the passage builds or runs it (建成…产业园, …公司…项目投产). A name inside a project's name takes
 * the stage of the whole (阳煤集团 in 阳煤集团寿阳乙二醇项目开工建设); the figures are the whole's alone.
 */
import type { Figure, MentionStatus } from '../model/status.ts';
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
      if (status) readings.set(f, { status });
    }
  }
  return readings;
}
