// fcose off the page's main thread: a large graph takes seconds to lay out (bench/RESULTS.md),
// and on the main thread that is one long task during which the page answers no input. The
// page sends each node's box (its label included, measured where the label is drawn) and the
// edges; a headless Cytoscape here runs fcose with the same tuning and sends positions back.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutRequest, LayoutAnswer } from './layout-message.ts';

cytoscape.use(fcose);

self.addEventListener('message', (event: MessageEvent<LayoutRequest>) => {
  const { id, nodes, edges, options } = event.data;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    // The boxes come from the page, so fcose reads them as plain node sizes here.
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    elements: [
      ...nodes.map((node) => ({ group: 'nodes' as const, data: { id: node.id, w: node.w, h: node.h }, position: { x: node.x, y: node.y } })),
      ...edges.map((edge, index) => ({ group: 'edges' as const, data: { id: `e${index}`, source: edge.source, target: edge.target } })),
    ],
  });
  const started = performance.now();
  cy.layout({ ...options, name: 'fcose', animate: false, fit: false, nodeDimensionsIncludeLabels: false } as cytoscape.LayoutOptions).run();
  const positions: LayoutAnswer['positions'] = {};
  cy.nodes().forEach((node) => {
    positions[node.id()] = { ...node.position() };
  });
  cy.destroy();
  const answer: LayoutAnswer = { id, positions, ms: performance.now() - started };
  self.postMessage(answer);
});
