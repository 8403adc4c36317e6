import { expect } from 'vitest';

import type { Section } from '../../../src/model/section.ts';
import type { NormalizedText } from '../../../src/model/text.ts';

/** The contract offsets.ts relies on, and the tree's shape. */
export function expectWellFormed(sections: Section[], normalized: NormalizedText): void {
  const owner = new Map<number, number>();
  sections.forEach((section, ordinal) => {
    expect(section.ordinal).toBe(ordinal);
    expect(section.text).toBe(section.spans.map((span) => normalized.text.slice(span.start, span.end)).join('\n'));
    if (ordinal === 0) {
      expect(section.kind).toBe('root');
      expect(section.parentOrdinal).toBeNull();
    } else {
      const parent = sections[section.parentOrdinal ?? -1] as Section;
      expect(parent.ordinal).toBeLessThan(ordinal);
      expect(section.depth).toBe(parent.depth + 1);
      expect(section.path).toEqual([...parent.path, section.title]);
      expect(section.extent.start).toBeGreaterThanOrEqual(parent.extent.start);
      expect(section.extent.end).toBeLessThanOrEqual(parent.extent.end);
    }
    for (const span of section.spans) {
      expect(span.start).toBeGreaterThanOrEqual(section.extent.start);
      expect(span.end).toBeLessThanOrEqual(section.extent.end);
      for (let i = span.start; i < span.end; i++) {
        expect(owner.has(i)).toBe(false);
        owner.set(i, ordinal);
      }
    }
  });
  // Every character but the line breaks between sections belongs to exactly one section.
  for (let i = 0; i < normalized.text.length; i++) {
    if (normalized.text[i] !== '\n') expect(owner.has(i)).toBe(true);
  }
}
