// The curation part of the contract (schema/curation.graphql): who the token belongs to, the
// audit log, and one mutation per correction. Kept apart from api.ts, which reads the graph.
import type { PlanGraphApi } from './api.ts';
import type { EntityType } from './types.ts';

export type Role = 'READER' | 'CURATOR' | 'ADMIN';

export interface Viewer {
  name: string;
  role: Role;
}

export type CurationKind =
  | 'MERGE'
  | 'SPLIT'
  | 'RENAME'
  | 'RETYPE'
  | 'REJECT'
  | 'ADD_ALIAS'
  | 'REMOVE_ALIAS'
  | 'ADD_RELATION'
  | 'REMOVE_RELATION'
  | 'REVERT';

export type RelationKind = 'LOCATED_IN' | 'COVERS' | 'PART_OF' | 'BUILT_BY' | 'IN_PARK' | 'IN_ZONE';

export const RELATION_KINDS: readonly RelationKind[] = ['LOCATED_IN', 'COVERS', 'PART_OF', 'BUILT_BY', 'IN_PARK', 'IN_ZONE'];

export interface Curation {
  id: string;
  kind: CurationKind;
  author: string;
  at: string;
  reason: string;
  summary: string;
  entityIds: string[];
  reverts: string | null;
  revertedBy: string | null;
  orphaned: boolean;
}

export interface CuratedEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentionCount: number;
}

export interface CurationResult {
  curation: Curation;
  entities: CuratedEntity[];
}

/** A correction as the explorer asks for it: the mutation's name and its arguments, reason aside. */
export type Correction =
  | { kind: 'MERGE'; keepId: string; mergeIds: string[] }
  | { kind: 'RENAME'; id: string; name: string }
  | { kind: 'RETYPE'; id: string; type: EntityType }
  | { kind: 'REJECT'; id: string }
  | { kind: 'ADD_ALIAS'; id: string; alias: string }
  | { kind: 'REMOVE_ALIAS'; id: string; alias: string }
  | { kind: 'ADD_RELATION'; type: RelationKind; fromId: string; toId: string }
  | { kind: 'REMOVE_RELATION'; type: RelationKind; fromId: string; toId: string };

const CURATION = `id kind author at reason summary entityIds reverts revertedBy orphaned`;
const RESULT = `curation { ${CURATION} } entities { id type name aliases mentionCount }`;

/** Each correction's mutation: its name and the variables it declares (reason is added to all). */
const MUTATIONS: Record<Correction['kind'], { field: string; params: Record<string, string> }> = {
  MERGE: { field: 'mergeEntities', params: { keepId: 'ID!', mergeIds: '[ID!]!' } },
  RENAME: { field: 'renameEntity', params: { id: 'ID!', name: 'String!' } },
  RETYPE: { field: 'retypeEntity', params: { id: 'ID!', type: 'EntityType!' } },
  REJECT: { field: 'rejectEntity', params: { id: 'ID!' } },
  ADD_ALIAS: { field: 'addAlias', params: { id: 'ID!', alias: 'String!' } },
  REMOVE_ALIAS: { field: 'removeAlias', params: { id: 'ID!', alias: 'String!' } },
  ADD_RELATION: { field: 'addRelation', params: { type: 'RelationKind!', fromId: 'ID!', toId: 'ID!' } },
  REMOVE_RELATION: { field: 'removeRelation', params: { type: 'RelationKind!', fromId: 'ID!', toId: 'ID!' } },
};

/** The mutation document for a correction (exported for the unit tests). */
export function mutationDocument(kind: Correction['kind']): string {
  const { field, params } = MUTATIONS[kind];
  const all = { ...params, reason: 'String!' };
  const declared = Object.entries(all).map(([name, type]) => `$${name}: ${type}`).join(', ');
  const passed = Object.keys(all).map((name) => `${name}: $${name}`).join(', ');
  return `mutation Curate(${declared}) { result: ${field}(${passed}) { ${RESULT} } }`;
}

export class CurationApi {
  constructor(private readonly api: PlanGraphApi) {}

  /** The account of a token (the signed-in one unless `token` is given); null without one. */
  async viewer(token?: string): Promise<Viewer | null> {
    const data = await this.api.request<{ viewer: Viewer | null }>(`{ viewer { name role } }`, {}, undefined, token);
    return data.viewer;
  }

  async curate(correction: Correction, reason: string): Promise<CurationResult> {
    const { kind, ...variables } = correction;
    const data = await this.api.request<{ result: CurationResult }>(mutationDocument(kind), { ...variables, reason });
    return data.result;
  }

  async revert(id: string, reason: string): Promise<CurationResult> {
    const data = await this.api.request<{ result: CurationResult }>(
      `mutation Revert($id: ID!, $reason: String!) { result: revertCuration(id: $id, reason: $reason) { ${RESULT} } }`,
      { id, reason },
    );
    return data.result;
  }

  /** An entity's curation history, newest first. */
  async history(entityId: string, first = 50): Promise<Curation[]> {
    const data = await this.api.request<{ curations: { edges: { node: Curation }[] } }>(
      `query History($entityId: ID, $first: Int) { curations(entityId: $entityId, first: $first) { edges { node { ${CURATION} } } } }`,
      { entityId, first },
    );
    return data.curations.edges.map((edge) => edge.node);
  }
}
