// The reader: a dialog with a whole section, every mention highlighted and clickable.
import { ApiQueryError, type PlanGraphApi } from '../api.ts';
import { clear, h } from '../dom.ts';
import { typeClass } from '../graph/elements.ts';
import { TYPE_STYLES } from '../graph/style.ts';
import { segmentText } from '../text-marks.ts';
import type { EntityRef, SectionMention, SectionText } from '../types.ts';
import { sectionPath } from './marked.ts';

export class Reader {
  readonly dialog: HTMLDialogElement;
  private readonly heading: HTMLElement;
  private readonly subtitle: HTMLElement;
  private readonly body: HTMLElement;

  constructor(
    private readonly api: PlanGraphApi,
    private readonly onPick: (entity: EntityRef) => void,
  ) {
    this.heading = h('h2', { id: 'reader-title' });
    this.subtitle = h('p', { className: 'muted reader-plan' });
    this.body = h('div', { className: 'reader-text', tabindex: 0, 'aria-label': 'Section text' });
    this.dialog = h(
      'dialog',
      { id: 'reader', 'aria-labelledby': 'reader-title', className: 'reader' },
      h(
        'div',
        { className: 'reader-head' },
        h('div', {}, this.heading, this.subtitle),
        h('button', { type: 'button', className: 'close', 'aria-label': 'Close the reader', onclick: () => this.dialog.close() }, '×'),
      ),
      this.body,
    );
    document.body.appendChild(this.dialog);
  }

  async open(sectionId: string, focus?: { start: number; end: number }): Promise<void> {
    clear(this.body);
    this.heading.textContent = 'Loading…';
    this.subtitle.textContent = '';
    if (!this.dialog.open) this.dialog.showModal();
    try {
      const section = await this.api.section(sectionId);
      if (!section) {
        this.heading.textContent = 'This section is no longer in the graph.';
        return;
      }
      this.heading.textContent = sectionPath(section.path.length ? section.path : [section.title]);
      this.subtitle.textContent = `${section.plan.title}${section.plan.issuedOn ? ` · ${section.plan.issuedOn}` : ''}${pageLabel(section.pages)} · ${section.mentions.length} mentions`;
      this.render(section.text, section.mentions, focus);
    } catch (error) {
      this.heading.textContent = error instanceof ApiQueryError ? `The section could not be read: ${error.message}` : 'The API is not answering.';
    }
  }

  private render(text: string, mentions: SectionMention[], focus?: { start: number; end: number }): void {
    let current: HTMLElement | null = null;
    const segments = segmentText(
      text,
      mentions.map((mention) => ({ start: mention.start, end: mention.end, value: mention })),
    );
    for (const segment of segments) {
      if (!segment.mark) {
        this.body.append(segment.text);
        continue;
      }
      const { entity } = segment.mark.value;
      const isFocus = focus !== undefined && segment.mark.start <= focus.start && focus.start < segment.mark.end;
      const mark = h(
        'button',
        {
          type: 'button',
          className: `mention ${typeClass(entity.type)}${isFocus ? ' current' : ''}`,
          title: `${TYPE_STYLES[entity.type]?.label ?? entity.type}: ${entity.name}`,
          'data-entity-id': entity.id,
          onclick: () => {
            this.dialog.close();
            this.onPick(entity);
          },
        },
        segment.text,
      );
      if (isFocus) current = mark;
      this.body.append(mark);
    }
    if (current) {
      const target: HTMLElement = current;
      target.scrollIntoView({ block: 'center' });
      target.focus();
    }
  }
}

/** "p. 12" or "pp. 12–14" for a section of a source with pages; nothing otherwise. */
function pageLabel(pages: SectionText['pages']): string {
  if (!pages) return '';
  return pages.first === pages.last ? ` · p. ${pages.first}` : ` · pp. ${pages.first}–${pages.last}`;
}
