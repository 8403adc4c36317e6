const SENTENCE_END = /[。！？；\n]/;

/**
 * The sentence around a mention, cut from a window of section text that starts at
 * `windowStart`: from after the previous sentence end to the next one, so the quote reads as
 * the plan wrote it. Returns where the mention starts within the snippet.
 */
export function snippetOf(window: string, windowStart: number, start: number, end: number): { snippet: string; snippetStart: number } {
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
