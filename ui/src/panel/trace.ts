// The trace: every plan that mentions the entity, in date order, each passage with the mention
// highlighted, its section path, and a way into the reader. Plans come a page at a time, and
// each plan shows its first passages with a button for the rest.
import { h } from '../dom.ts';
import type { PlanTrace, TraceMention } from '../types.ts';
import { markedSnippet, sectionPath } from './marked.ts';

export type OpenReader = (sectionId: string, mention: { start: number; end: number }) => void;

export interface TraceSource {
  /** The first page of plans, already fetched. */
  first: PlanTrace[];
  /** Plans per page: a full page means more may follow. */
  pageSize: number;
  /** The page of plans after a cursor. */
  more(after: string): Promise<PlanTrace[]>;
  /** Every passage of one plan. */
  allOf(planId: string): Promise<PlanTrace | undefined>;
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

export function renderTrace(source: TraceSource, onOpenReader: OpenReader): HTMLElement {
  if (source.first.length === 0) return h('p', { className: 'muted trace-empty' }, 'No plan mentions it.');
  const loaded: PlanTrace[] = [];
  const heading = h('h3', {});
  const list = h('ol', { className: 'trace-plans' });
  const footer = h('div', { className: 'trace-more' });
  const section = h('section', { className: 'trace', 'aria-label': 'Trace through the plans' }, heading, list, footer);

  const add = (page: PlanTrace[]) => {
    loaded.push(...page);
    list.append(...page.map((trace) => planItem(trace, source, onOpenReader)));
    const more = page.length === source.pageSize;
    const passages = loaded.reduce((sum, trace) => sum + trace.mentionCount, 0);
    heading.textContent = `In ${plural(loaded.length, 'plan', 'plans')}${more ? ' so far' : ''}, ${plural(passages, 'passage', 'passages')}`;
    footer.replaceChildren();
    const last = loaded.at(-1);
    if (more && last) {
      const button = h('button', { type: 'button', className: 'link-button more-plans' }, 'More plans');
      button.addEventListener('click', () => {
        button.disabled = true;
        button.textContent = 'Loading…';
        void source.more(last.cursor).then(add, () => {
          button.disabled = false;
          button.textContent = 'More plans (the last try failed)';
        });
      });
      footer.append(button);
    }
  };
  add(source.first);
  return section;
}

function planItem(trace: PlanTrace, source: TraceSource, onOpenReader: OpenReader): HTMLElement {
  const passages = h('ol', { className: 'passages' }, trace.mentions.map((mention) => passage(mention, onOpenReader)));
  const item = h(
    'li',
    { className: 'trace-plan', 'data-plan-id': trace.plan.id },
    h(
      'h4',
      {},
      trace.plan.title,
      ' ',
      h('span', { className: 'muted' }, trace.plan.issuedOn ?? ''),
      trace.plan.draft ? h('span', { className: 'badge' }, '讨论稿 draft') : null,
    ),
    passages,
  );
  const hidden = trace.mentionCount - trace.mentions.length;
  if (hidden > 0) {
    const button = h('button', { type: 'button', className: 'link-button all-passages' }, `Show all ${plural(trace.mentionCount, 'passage', 'passages')} in this plan`);
    button.addEventListener('click', () => {
      button.disabled = true;
      button.textContent = 'Loading…';
      void source.allOf(trace.plan.id).then(
        (whole) => {
          passages.replaceChildren(...(whole?.mentions ?? []).map((mention) => passage(mention, onOpenReader)));
          button.remove();
        },
        () => {
          button.disabled = false;
          button.textContent = 'Show all passages (the last try failed)';
        },
      );
    });
    item.append(button);
  }
  return item;
}

function passage(mention: TraceMention, onOpenReader: OpenReader): HTMLElement {
  return h(
    'li',
    { className: 'passage' },
    h(
      'p',
      { className: 'section-path' },
      sectionPath(mention.section.path.length ? mention.section.path : [mention.section.title]),
      ...(mention.page === null ? [] : [h('span', { className: 'page-number' }, ` · p. ${mention.page}`)]),
    ),
    markedSnippet(mention.snippet, mention.snippetStart, mention.text),
    ...(mention.nestedIn ? [h('p', { className: 'muted nested-in' }, `inside the name ${mention.nestedIn}`)] : []),
    h(
      'button',
      {
        type: 'button',
        className: 'link-button open-reader',
        onclick: () => onOpenReader(mention.section.id, { start: mention.start, end: mention.end }),
      },
      'Read the section',
    ),
  );
}
