// Export of the view: a PNG of the whole graph, Cytoscape JSON with every edge's evidence, a link.
import type { Core } from 'cytoscape';

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function exportPng(cy: Core): void {
  const blob = cy.png({ full: true, bg: 'white', output: 'blob', scale: 2 });
  download(blob, 'plangraph-view.png');
}

export function viewJson(cy: Core, viewUrl: string): string {
  const json = cy.json() as { elements: unknown };
  return JSON.stringify({ exportedAt: new Date().toISOString(), view: viewUrl, elements: json.elements }, null, 2);
}

export function exportJson(cy: Core, viewUrl: string): void {
  download(new Blob([viewJson(cy, viewUrl)], { type: 'application/json' }), 'plangraph-view.json');
}

/** Copies the view's link; where the clipboard is refused, the message carries the link instead. */
export async function copyLink(url: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(url);
    return 'Link to this view copied.';
  } catch {
    return `Link to this view: ${url}`;
  }
}
