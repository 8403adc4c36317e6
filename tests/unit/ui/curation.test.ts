import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { viewAfter } from '../../../ui/src/actions/curate.ts';
import { ApiQueryError, PlanGraphApi } from '../../../ui/src/api.ts';
import { mayCurate } from '../../../ui/src/auth/account.ts';
import { mutationDocument } from '../../../ui/src/curation-api.ts';
import { applyCorrection, revertPatch } from '../../../ui/src/graph/curation-patch.ts';
import { toElements } from '../../../ui/src/graph/elements.ts';
import { canvasKeyCommand } from '../../../ui/src/keyboard.ts';
import { curationTime } from '../../../ui/src/panel/curation-history.ts';
import { emptyViewState } from '../../../ui/src/state/view-state.ts';
import type { Graph } from '../../../ui/src/types.ts';

// Two parks for one thing (晋中开发区 and 晋中经济技术开发区), each tied to a region and a project.
const graph: Graph = {
  nodes: [
    { data: { id: 'park:a', label: '晋中开发区', type: 'PARK', mentionCount: 2, hiddenNeighbors: 0 } },
    { data: { id: 'park:b', label: '晋中经济技术开发区', type: 'PARK', mentionCount: 9, hiddenNeighbors: 0 } },
    { data: { id: 'region:140700', label: '晋中市', type: 'REGION', mentionCount: 30, hiddenNeighbors: 0 } },
    { data: { id: 'project:p', label: '某项目', type: 'PROJECT', mentionCount: 1, hiddenNeighbors: 0 } },
  ],
  edges: [
    { data: { id: 'park:a|LOCATED_IN|region:140700', source: 'park:a', target: 'region:140700', type: 'LOCATED_IN', weight: 1, evidence: [] } },
    { data: { id: 'park:b|LOCATED_IN|region:140700', source: 'park:b', target: 'region:140700', type: 'LOCATED_IN', weight: 2, evidence: [] } },
    { data: { id: 'project:p|IN_PARK|park:a', source: 'project:p', target: 'park:a', type: 'IN_PARK', weight: 1, evidence: [] } },
  ],
  truncated: false,
};

function canvas() {
  const cy = cytoscape({ headless: true });
  cy.add(toElements(graph));
  return cy;
}

const state = (cy: cytoscape.Core) => ({
  nodes: cy.nodes().map((node) => `${node.id()} ${String(node.data('name'))} ${node.classes().join(' ')}`).sort(),
  edges: cy.edges().map((edge) => edge.id()).sort(),
});

describe('what a correction does to the canvas, and its undo', () => {
  it('merges: the merged-away node leaves, its edges go to the one kept, none doubled; undo puts all back', () => {
    const cy = canvas();
    const before = state(cy);
    const kept = { id: 'park:b', type: 'PARK' as const, name: '晋中经济技术开发区', aliases: ['晋中开发区'], mentionCount: 11 };
    const patch = applyCorrection(cy, { kind: 'MERGE', keepId: 'park:b', mergeIds: ['park:a'] }, [kept]);
    expect(cy.getElementById('park:a').empty()).toBe(true);
    expect(state(cy).edges).toEqual(['park:b|LOCATED_IN|region:140700', 'project:p|IN_PARK|park:b']);
    expect(cy.getElementById('park:b').data('mentionCount')).toBe(11);
    revertPatch(cy, patch);
    expect(state(cy)).toEqual(before);
    expect(cy.getElementById('park:b').data('mentionCount')).toBe(9);
  });

  it('rejects, renames and retypes, each undone exactly', () => {
    const cy = canvas();
    const before = state(cy);
    const reject = applyCorrection(cy, { kind: 'REJECT', id: 'project:p' }, []);
    expect(cy.getElementById('project:p').empty()).toBe(true);
    expect(cy.edges().length).toBe(2);
    revertPatch(cy, reject);
    expect(state(cy)).toEqual(before);

    const retype = applyCorrection(cy, { kind: 'RETYPE', id: 'project:p', type: 'ENTERPRISE' }, [{ id: 'project:p', type: 'ENTERPRISE', name: '某公司', aliases: [], mentionCount: 1 }]);
    const node = cy.getElementById('project:p');
    expect(node.hasClass('type-enterprise')).toBe(true);
    expect(node.hasClass('type-project')).toBe(false);
    expect(node.data('label')).toBe('某公司');
    revertPatch(cy, retype);
    expect(state(cy)).toEqual(before);
  });

  it('adds and removes a relationship between nodes on the canvas', () => {
    const cy = canvas();
    const added = applyCorrection(cy, { kind: 'ADD_RELATION', type: 'IN_PARK', fromId: 'project:p', toId: 'park:b' }, []);
    expect(cy.getElementById('project:p|IN_PARK|park:b').data('type')).toBe('IN_PARK');
    revertPatch(cy, added);
    expect(cy.getElementById('project:p|IN_PARK|park:b').empty()).toBe(true);
    const removed = applyCorrection(cy, { kind: 'REMOVE_RELATION', type: 'IN_PARK', fromId: 'project:p', toId: 'park:a' }, []);
    expect(cy.getElementById('project:p|IN_PARK|park:a').empty()).toBe(true);
    revertPatch(cy, removed);
    expect(cy.getElementById('project:p|IN_PARK|park:a').nonempty()).toBe(true);
  });
});

describe('the view, the mutations, the history and the roles', () => {
  it('moves a merged-away seed, expansion and selection to the one kept, and drops a rejected one', () => {
    const view = { ...emptyViewState(), seeds: ['park:a', 'park:b'], expansions: [{ id: 'park:a', all: false }], selected: 'park:a' };
    expect(viewAfter(view, { kind: 'MERGE', keepId: 'park:b', mergeIds: ['park:a'] })).toEqual({ ...view, seeds: ['park:b'], expansions: [{ id: 'park:b', all: false }], selected: 'park:b' });
    expect(viewAfter(view, { kind: 'REJECT', id: 'park:a' })).toEqual({ ...view, seeds: ['park:b'], expansions: [], selected: null });
  });

  it('declares each mutation’s arguments as schema/curation.graphql does, reason included', () => {
    expect(mutationDocument('MERGE')).toContain('mergeEntities(keepId: $keepId, mergeIds: $mergeIds, reason: $reason)');
    expect(mutationDocument('ADD_RELATION')).toContain('($type: RelationKind!, $fromId: ID!, $toId: ID!, $reason: String!)');
    expect(mutationDocument('RETYPE')).toContain('retypeEntity(id: $id, type: $type, reason: $reason)');
  });

  it('writes times in UTC to the minute, and lets only curators and admins curate', () => {
    expect(curationTime('2026-11-29T21:54:13.000Z')).toBe('2026-11-29 21:54 UTC');
    expect(mayCurate(null)).toBe(false);
    expect(mayCurate({ name: 'r', role: 'READER' })).toBe(false);
    expect(mayCurate({ name: 'c', role: 'CURATOR' })).toBe(true);
    expect(mayCurate({ name: 'a', role: 'ADMIN' })).toBe(true);
  });
});

describe('selecting several nodes by keyboard', () => {
  it('adds to the selection with Shift and an arrow, and moves it without', () => {
    expect(canvasKeyCommand('ArrowRight', true)).toEqual({ kind: 'move', step: 1, add: true });
    expect(canvasKeyCommand('ArrowUp', true)).toEqual({ kind: 'move', step: -1, add: true });
    expect(canvasKeyCommand('ArrowRight')).toEqual({ kind: 'move', step: 1 });
  });
});

describe('the token on the wire', () => {
  function stubApi(answer: unknown) {
    const sent: (string | undefined)[] = [];
    const fetchStub = (_url: RequestInfo | URL, init?: RequestInit) => {
      sent.push((init?.headers as Record<string, string>).authorization);
      return Promise.resolve(new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } }));
    };
    return { api: new PlanGraphApi('/graphql', fetchStub as typeof fetch), sent };
  }

  it('sends the signed-in token as a Bearer, and none when signed out', async () => {
    const { api, sent } = stubApi({ data: { health: { ok: true } } });
    await api.health();
    api.setToken('tok-1');
    await api.health();
    api.setToken(null);
    await api.health();
    expect(sent).toEqual([undefined, 'Bearer tok-1', undefined]);
  });

  it('says when the server refuses the signed-in token, with the server’s message and code', async () => {
    const { api } = stubApi({ data: null, errors: [{ message: 'The token has expired.', extensions: { code: 'UNAUTHENTICATED' } }] });
    let refused = 0;
    api.onTokenRefused = () => refused++;
    api.setToken('tok-1');
    await expect(api.health()).rejects.toEqual(new ApiQueryError('The token has expired.', 'UNAUTHENTICATED'));
    expect(refused).toBe(1);
    // A token being checked (Sign in) is not the signed-in one: its refusal signs nobody out.
    await expect(api.request('{ viewer { name } }', {}, undefined, 'other')).rejects.toBeInstanceOf(ApiQueryError);
    expect(refused).toBe(1);
  });
});
