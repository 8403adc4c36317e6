import type { ResolvedMention } from '../model/graph.ts';
import { sectionId } from '../model/ids.ts';
import { stageRank, type Figure, type Stage } from '../model/status.ts';

/** A figure as stored: the model's figure without its offsets, the base value flattened. */
export interface StoredFigure {
  measure: Figure['measure'];
  value: number;
  unit: string;
  text: string;
  baseValue: number | null;
  baseUnit: string | null;
}

/** The status and figure columns of one mention's row. */
export function statusColumns(mention: ResolvedMention): { stage: Stage | null; stageCue: string | null; stageRule: string | null; figures: string | null } {
  return {
    stage: mention.status?.stage ?? null,
    stageCue: mention.status?.cue ?? null,
    stageRule: mention.status?.ruleId ?? null,
    figures: mention.figures && mention.figures.length > 0 ? JSON.stringify(mention.figures.map(storedFigure)) : null,
  };
}

/** What one plan says of one entity's stage: the columns of its REFERS_TO summary. */
export interface PlanStatus {
  stage: Stage | null;
  stageCue: string | null;
  passageSectionId: string;
  passageStart: number;
  figures: string | null;
}

/**
 * The most advanced stage the plan's passages name for the entity, the first passage that names
 * it (or the first mention when none does: the passage a timeline opens), and the plan's
 * distinct figures of it in reading order. `mentions` are one entity's, in any order.
 */
export function planStatus(mentions: readonly ResolvedMention[], planId: string, version: string): PlanStatus {
  const ordered = [...mentions].sort((a, b) => a.sectionOrdinal - b.sectionOrdinal || a.start - b.start);
  let deciding = ordered[0];
  for (const mention of ordered) {
    if (!mention.status) continue;
    if (!deciding?.status || stageRank(mention.status.stage) > stageRank(deciding.status.stage)) deciding = mention;
  }
  if (!deciding) throw new RangeError(`planStatus needs at least one mention (plan ${planId})`);
  const figures = new Map<string, StoredFigure>();
  for (const figure of ordered.flatMap((mention) => mention.figures ?? [])) {
    const stored = storedFigure(figure);
    figures.set(`${stored.measure}|${stored.value}|${stored.unit}`, figures.get(`${stored.measure}|${stored.value}|${stored.unit}`) ?? stored);
  }
  return {
    stage: deciding.status?.stage ?? null,
    stageCue: deciding.status?.cue ?? null,
    passageSectionId: sectionId(planId, version, deciding.sectionOrdinal),
    passageStart: deciding.start,
    figures: figures.size > 0 ? JSON.stringify([...figures.values()]) : null,
  };
}

function storedFigure(figure: Figure): StoredFigure {
  return {
    measure: figure.measure,
    value: figure.value,
    unit: figure.unit,
    text: figure.text,
    baseValue: figure.base?.value ?? null,
    baseUnit: figure.base?.unit ?? null,
  };
}
