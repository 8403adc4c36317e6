import type { Loaders } from './loaders.ts';
import { snippetIn } from './snippet.ts';
import type { EvidenceView, Snippet } from './views.ts';

/** The sentence a relationship was read from, by the same rule as a mention's (src/api/snippet.ts). */
export async function evidenceSnippet(loaders: Loaders, evidence: EvidenceView): Promise<Snippet> {
  const section = await loaders.section.load(evidence.sectionId);
  return section?.text === undefined ? { snippet: '', snippetStart: 0 } : snippetIn(section.text, evidence.start, evidence.end);
}
