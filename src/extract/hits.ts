import type { RuleId } from './rules.ts';

/** What a finder reports: a name found in a section's text, with the rule that found it. */
export interface Hit {
  /** Offsets into the text the finder was given. */
  start: number;
  end: number;
  /** The text exactly as it reads between start and end. */
  surface: string;
  /** The name as read: the surface without spaces, line breaks and quote marks. */
  name: string;
  ruleId: RuleId;
  props?: Record<string, string | number | boolean | null>;
}

/** The name of a surface: what remains once the layout of the page is taken away. */
export function nameOf(surface: string): string {
  return surface.replace(/[\s\u3000]+/g, '').replace(/[“”"'‘’《》]/g, '');
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Keeps the longest of overlapping hits (the GUIDELINES' boundary rule); among equally long
 * ones the earlier, then the one listed first. Returns the kept hits in text order.
 */
export function longestFirst<T extends { start: number; end: number }>(hits: readonly T[]): T[] {
  const ranked = hits
    .map((hit, index) => ({ hit, index }))
    .sort((a, b) => b.hit.end - b.hit.start - (a.hit.end - a.hit.start) || a.hit.start - b.hit.start || a.index - b.index);
  const kept: T[] = [];
  for (const { hit } of ranked) {
    if (hit.end <= hit.start) continue;
    if (!kept.some((k) => overlaps(k, hit))) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
