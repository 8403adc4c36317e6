import { entitiesNamed } from '../api/entities.ts';
import { traceEntity } from '../api/trace.ts';
import type { StatementReader } from '../db/database.ts';
import { PlanGraphError } from '../errors.ts';

/**
 * `plangraph trace "<name>"`: the plans and passages that mention an entity, the same answer
 * as the API's trace query, printed with the mention in 【】; `--per-plan` shortens each plan's list.
 */
export async function printTrace(db: StatementReader, name: string, options: { perPlan?: number } = {}, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const [entity, ...others] = await entitiesNamed(db, name);
  if (!entity) throw new PlanGraphError('NOT_FOUND', `no entity is named ${JSON.stringify(name)} (try the search in the explorer)`, { subject: name });
  out.write(`${entity.name} (${entity.type}, ${entity.id}): ${entity.mentionCount} mentions\n`);
  if (others.length > 0) out.write(`  also named so: ${others.map((other) => `${other.name} (${other.type}, ${other.id})`).join('; ')}\n`);
  for (const { plan, mentions, mentionCount } of await traceEntity(db, entity.id, { mentionsPerPlan: options.perPlan ?? null })) {
    const shown = mentions.length < mentionCount ? ` (the first ${mentions.length} below)` : '';
    out.write(`\n${plan.title} [${plan.id}, ${plan.issuedOn ?? plan.periodStart ?? ''}] — ${mentionCount} mentions${shown}\n`);
    for (const mention of mentions) {
      const { snippet, snippetStart, text } = mention;
      const marked = `${snippet.slice(0, snippetStart)}【${text}】${snippet.slice(snippetStart + text.length)}`;
      const inside = mention.nestedIn ? `  (inside ${mention.nestedIn})` : '';
      const page = mention.page === null ? '' : `p. ${mention.page}, `;
      out.write(`  ${mention.section?.path.join(' › ') ?? ''}  [${page}source ${mention.sourceStart}–${mention.sourceEnd}]${inside}\n    ${marked}\n`);
    }
  }
}
