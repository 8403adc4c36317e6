import type { Snippet } from './views.ts';

const SENTENCE_END = /[。！？；\n]/;

/**
 * How far either side of a passage its snippet may reach, in characters. The statements that
 * return mentions cut their windows of section text with it (`$reach`), so that a long
 * sentence (or a table with no sentence ends) gives a bounded snippet, the same one whichever
 * query asked.
 */
export const SNIPPET_REACH = 80;

/**
 * The one snippet rule of PlanGraph (trace, section mentions, relationship evidence, the CLI):
 * the sentence around a passage, cut from a window of section text that starts at
 * `windowStart`: from after the previous sentence end to the next one, so the quote reads as
 * the plan wrote it. Returns where the passage starts within the snippet.
 */
export function snippetOf(window: string, windowStart: number, start: number, end: number): Snippet {
  const localStart = Math.max(0, start - windowStart);
  const localEnd = Math.min(window.length, end - windowStart);
  let from = localStart;
  while (from > 0 && !SENTENCE_END.test(window[from - 1] ?? '')) from -= 1;
  let to = localEnd;
  while (to < window.length && !SENTENCE_END.test(window[to] ?? '')) to += 1;
  if (to < window.length && window[to] !== '\n') to += 1; // keep the closing 。
  const snippet = window.slice(from, to);
  const trimmed = snippet.trimStart();
  return { snippet: trimmed.trimEnd(), snippetStart: localStart - from - (snippet.length - trimmed.length) };
}

/** The snippet of a passage of a whole section's text: the window the statements cut, then the rule. */
export function snippetIn(text: string, start: number, end: number): Snippet {
  const windowStart = Math.max(0, start - SNIPPET_REACH);
  return snippetOf(text.slice(windowStart, windowStart + 2 * SNIPPET_REACH + end - start), windowStart, start, end);
}
