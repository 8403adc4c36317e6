import type { DraftLine, Repair } from './draft.ts';
import { isBlank } from './draft.ts';
import { startsNewUnit } from './headings.ts';

/**
 * A table of contents repeats the headings with page numbers; read as text it would duplicate
 * every chapter. Its entries end in a page number after dotted leaders or a tab (the 城区 draft
 * has both kinds, and a few entries with neither dots nor a tab but a tab-separated number).
 * The chapters are not lost: the body states them again.
 */
const TOC_TITLE = /^目\s*录$/;
const LEADER_ENTRY = /(?:\.{2,}|…+|·{2,}|．{2,})\s*\d{1,4}\s*$/;
const TAB_ENTRY = /\t\s*\d{1,4}\s*$/;

function isTocEntry(text: string): boolean {
  const trimmed = text.trim();
  if (LEADER_ENTRY.test(trimmed)) return true;
  return startsNewUnit(trimmed) && (TAB_ENTRY.test(text) || /\s\d{1,4}$/.test(trimmed));
}

export const dropTableOfContents: Repair = (draft) => {
  const keep: DraftLine[] = [];
  let inToc = false;
  for (const line of draft.lines) {
    const text = line.text.trim();
    if (TOC_TITLE.test(text)) {
      inToc = true;
      continue;
    }
    if (inToc) {
      if (isBlank(line) || isTocEntry(line.text)) continue;
      inToc = false;
    }
    // Stray entries (a TOC page without its title) still carry dotted leaders.
    if (LEADER_ENTRY.test(text) && startsNewUnit(text)) continue;
    keep.push(line);
  }
  return keep.length === draft.lines.length ? draft : { ...draft, lines: keep };
};
