/*
 * Finding an annotated passage in a plan's normalised text. Annotators copy passages by hand,
 * so the two are compared in a compact form: no whitespace, half-width punctuation as
 * full-width, no quote marks, no page-number lines.
 */

const HALF_TO_FULL: Record<string, string> = {
  ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）', '[': '【', ']': '】',
};

export function compactChar(ch: string): string {
  if (/[\s\u3000]/.test(ch)) return '';
  if (/[“”"'‘’《》]/.test(ch)) return '';
  // NFKC first (full-width letters and digits to half-width), then punctuation to full-width.
  return ch.normalize('NFKC').replace(/[,;:?!()[\]]/g, (c) => HALF_TO_FULL[c] ?? c);
}

/** The compact form of a string. */
export function compact(text: string): string {
  let out = '';
  for (const ch of text) out += compactChar(ch);
  return out;
}

export interface CompactText {
  text: string;
  /** offsets[i]: the offset in the original text of compact character i. */
  offsets: number[];
}

export function compactWithOffsets(text: string): CompactText {
  let out = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const mapped = compactChar(text[i] ?? '');
    for (let k = 0; k < mapped.length; k += 1) offsets.push(i);
    out += mapped;
  }
  return { text: out, offsets };
}

/** The span of the normalised text the passage was copied from, or null when it is not there. */
export function locatePassage(haystack: CompactText, passage: string): { start: number; end: number } | null {
  const needle = compact(passage);
  if (needle.length === 0) return null;
  const at = haystack.text.indexOf(needle);
  if (at < 0) return null;
  const first = haystack.offsets[at];
  const last = haystack.offsets[at + needle.length - 1];
  if (first === undefined || last === undefined) return null;
  return { start: first, end: last + 1 };
}
