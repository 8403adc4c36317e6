/**
 * The front of a document (its first lines: the cover, the heading of a report, the notice of
 * issue, the first paragraph) as short plain segments, the unit the metadata grammar reads.
 *
 * The normaliser joins lines that do not end a sentence, so one line may hold a report's title,
 * its dateline, its speaker and the first words of the speech
 * (`- ——19年2月24日在太原市第十四届人民代表大会第四次会议上代市长李晓波各位代表：现在，…`); a
 * Markdown file read as text still has its markup (front matter, `**`, `>`, `#`, list markers,
 * footnote marks, HTML comments). Segments split the parts apart again and drop the markup.
 */

/** The cover, the notice and the first paragraph fit in this many lines. */
export const FRONT_LINES = 40;

/**
 * Where a new part starts inside a line: after a report's title (…政府工作报告（2022年2月25日 张广勇）,
 * 2025年温州市政府工作报告2025年1月20日在…),
 * before a dash run that opens a dateline (—— ── ―――), before the speech's salutation (各位代表),
 * after the congress a dateline names (…会议上), at a Markdown quote mark.
 */
const PART_BREAKS: ReadonlyArray<[RegExp, string]> = [
  [/(政府工作报告)\s*([（(][^（）()]*[）)])/g, '$1$2\n'],
  // A title the normaliser joined to what follows it: a date, a dateline, the title again, a
  // subtitle, the speaker (2017年湖南省政府工作报告省人民政府省长许达哲).
  [/^(.{0,60}?工作报告)(?=[\d〇○零一二三四五六七八九十]{2,4}年|[—─―]|关于|[\u4e00-\u9fff]{0,16}?(?:[省市县区旗州盟]长|主席|总理))/, '$1\n'],
  [/(?<![\d〇○零一二三四五六七八九])[—─―]{2,}/g, '\n'],
  [/>/g, '\n'],
  [/各位代表/g, '\n各位代表'],
  // (not inside a title: …在上海市第十二届人民代表大会第二次会议上的政府工作报告)
  [/会议上(?!的)/g, '会议上\n'],
];

export function frontSegments(text: string, lineCount: number = FRONT_LINES): string[] {
  const lines = withoutFrontMatter(text.split('\n').slice(0, lineCount));
  const segments: string[] = [];
  for (const line of lines) {
    let plain = line
      .replace(/<!--.*?-->/g, '\n')
      .replace(/<[^>\n]*>/g, '\n')
      .replace(/\*\*|__/g, '\n')
      .replace(/\[\^[^\]]*\]/g, '')
      .replace(/\\([*_#>[\]\\-])/g, '$1');
    for (const [pattern, replacement] of PART_BREAKS) plain = plain.replace(pattern, replacement);
    for (const piece of plain.split('\n')) {
      const segment = withoutLeadingMarks(piece);
      if (segment.length > 0) segments.push(segment);
    }
  }
  return segments;
}

/** Block markup and stray marks at the start of a piece: `# `, `> `, `- `, `* `, `？`, spaces. */
function withoutLeadingMarks(piece: string): string {
  return piece.replace(/^(?:\s+|#{1,6}|>|[-*+](?=\s)|[?？])+/, '').trim();
}

/**
 * A YAML front matter block (`---` … `---`) is markup, but its `title:` is the document's title:
 * that value stands in for the block.
 */
function withoutFrontMatter(lines: string[]): string[] {
  if (!/^-{3,}\s*$/.test(lines[0] ?? '')) return lines;
  const end = lines.findIndex((line, i) => i > 0 && /^-{3,}\s*$/.test(line));
  if (end < 0) return lines;
  const title = lines
    .slice(1, end)
    .map((line) => /^title\s*[:：]\s*(.+)$/.exec(line.trim())?.[1]?.trim())
    .find((value) => value !== undefined && value.length > 0);
  return [...(title ? [title] : []), ...lines.slice(end + 1)];
}

/**
 * The heading of a report: the segments before the speech begins (各位代表, or the first
 * sentence when a report has no salutation), at most a dozen.
 */
export function headingOf(segments: readonly string[]): string[] {
  const end = segments.findIndex((segment) => segment.startsWith('各位代表') || /[。！]/.test(segment));
  return segments.slice(0, Math.min(end < 0 ? segments.length : end, 12));
}
