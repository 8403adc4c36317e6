import type { StructuredPlan } from '../../../src/model/plan.ts';
import type { Section, SectionKind } from '../../../src/model/section.ts';

export interface SectionFixture {
  kind?: SectionKind;
  title?: string;
  /** Lines of the section's own text. */
  lines: string[];
}

/**
 * A StructuredPlan built from sections given by hand: the normalised text is the sections'
 * lines in order, and the source is that text with two spaces before every line (so that
 * source offsets differ from normalised ones, as they do in real PDF text).
 */
export function planFromSections(sections: SectionFixture[], meta: Partial<StructuredPlan['meta']> = {}): StructuredPlan {
  let normalized = '';
  let source = '';
  const toSource: number[] = [];
  const built: Section[] = [];
  sections.forEach((fixture, ordinal) => {
    const spans = fixture.lines.map((line) => {
      if (normalized.length > 0) {
        toSource.push(source.length);
        normalized += '\n';
        source += '\n';
      }
      source += '  ';
      const start = normalized.length;
      for (const ch of line) {
        for (let k = 0; k < ch.length; k += 1) toSource.push(source.length + k);
        normalized += ch;
        source += ch;
      }
      return { start, end: normalized.length };
    });
    const first = spans[0] ?? { start: normalized.length, end: normalized.length };
    const last = spans[spans.length - 1] ?? first;
    built.push({
      ordinal,
      kind: fixture.kind ?? 'chapter',
      title: fixture.title ?? '',
      path: fixture.title ? [fixture.title] : [],
      depth: 1,
      parentOrdinal: null,
      text: fixture.lines.join('\n'),
      spans,
      extent: { start: first.start, end: last.end },
    });
  });
  toSource.push(source.length);
  const fileName = meta.sourceFile ?? 'fixture.txt';
  return {
    source: { path: fileName, fileName, format: 'text', encoding: 'utf-8', byteLength: Buffer.byteLength(source), sha256: '0'.repeat(64), text: source },
    meta: {
      id: meta.id ?? 'fixture',
      title: meta.title ?? 'fixture',
      kind: meta.kind ?? 'five-year-plan',
      regionName: meta.regionName ?? '孝义市',
      regionCode: meta.regionCode ?? '141181',
      periodStart: 2016,
      periodEnd: 2020,
      issuedOn: null,
      draft: false,
      speaker: null,
      speakerOffice: null,
      sourceFile: fileName,
    },
    normalized: { text: normalized, toSource: Int32Array.from(toSource) },
    repetitions: [],
    sections: built,
  };
}

/** A whole document as a plan without the document stages: one section per 50 lines. */
export function planFromText(fileName: string, text: string, meta: Partial<StructuredPlan['meta']> = {}): StructuredPlan {
  const lines = text.split('\n');
  const sections: SectionFixture[] = [];
  for (let i = 0; i < lines.length; i += 50) sections.push({ lines: lines.slice(i, i + 50), title: `${fileName} ${i}` });
  return planFromSections(sections, { sourceFile: fileName, id: fileName.replace(/\.txt$/, ''), ...meta });
}
