import { entitiesNamed } from '../api/entities.ts';
import { timeline } from '../api/timeline.ts';
import type { FigureView } from '../api/views.ts';
import type { StatementReader } from '../db/database.ts';
import { PlanGraphError } from '../errors.ts';

/**
 * `plangraph timeline "<name>"`: what each plan says of an entity, in date order: the stage
 * its passages name, the figures, and the passage that decided, the name in 【】.
 */
export async function printTimeline(db: StatementReader, name: string, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const [entity] = await entitiesNamed(db, name);
  if (!entity) throw new PlanGraphError('NOT_FOUND', `no entity is named ${JSON.stringify(name)} (try the search in the explorer)`, { subject: name });
  const points = await timeline(db, entity.id);
  out.write(`${entity.name} (${entity.type}, ${entity.id}): ${points.length} plans\n`);
  for (const point of points) {
    const { snippet, snippetStart, text, page } = point.passage;
    const marked = `${snippet.slice(0, snippetStart)}【${text}】${snippet.slice(snippetStart + text.length)}`;
    const status = point.status ? `${point.status} (${point.statusCue ?? ''})` : 'no stage named';
    out.write(`\n${point.date ?? '    '}  ${point.plan.title} [${point.plan.id}]: ${status}, ${point.mentionCount} mentions\n`);
    if (point.figures.length > 0) out.write(`      ${point.figures.map(describeFigure).join('; ')}\n`);
    out.write(`      ${page === null ? '' : `p. ${page}: `}${marked}\n`);
  }
}

export function describeFigure(figure: FigureView): string {
  return `${figure.measure} ${figure.text}`;
}
