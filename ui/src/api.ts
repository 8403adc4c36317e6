// The explorer's only way to the server: POST /graphql. Every query the explorer makes is here,
// so that the contract it relies on can be read in one place.
import type {
  EntityDetails,
  EntitySummary,
  Graph,
  Health,
  PlanSections,
  PlanComparison,
  PlanSummary,
  PlanTrace,
  SectionText,
  TimelinePoint,
} from './types.ts';

/** The server did not answer (network error, 5xx): the explorer shows the "API is down" banner. */
export class ApiUnavailableError extends Error {
  override readonly name = 'ApiUnavailableError';
}

/** The server answered with GraphQL errors: shown as a message, the API is otherwise up. */
export class ApiQueryError extends Error {
  override readonly name = 'ApiQueryError';
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export type ApiListener = (event: { available: boolean; error?: Error }) => void;

const EVIDENCE = `evidence { plan { id title issuedOn } section { id title path } start end snippet ruleId }`;
const GRAPH = `nodes { data { id label type mentionCount hiddenNeighbors } }
  edges { data { id source target type weight ${EVIDENCE} } }
  truncated`;
const ENTITY_SUMMARY = `id type name aliases mentionCount planCount`;
const REF = `id name type`;
const COMPARED_LIST = `totalCount cursor items { entity { ${REF} } statusInA statusInB }`;

/** What the Compare plans view asks for: two plans, optionally only some types and one region. */
export interface CompareRequest {
  a: string;
  b: string;
  types: string[] | null;
  regionId: string | null;
  first: number;
  after?: string | null;
}

export class PlanGraphApi {
  private readonly listeners = new Set<ApiListener>();
  /** The signed-in account's token, sent as `Authorization: Bearer` on every request. */
  private token: string | null = null;

  constructor(
    private readonly endpoint = '/graphql',
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {}

  onAvailability(listener: ApiListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private report(available: boolean, error?: Error): void {
    for (const listener of this.listeners) listener({ available, error });
  }

  /** Called when the server refuses the signed-in token (expired, revoked): the account signs out. */
  onTokenRefused: (() => void) | null = null;

  setToken(token: string | null): void {
    this.token = token;
  }

  /** A request with the signed-in token, or with `token` when given (a token checked before it is kept). */
  async request<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal, token: string | null = this.token): Promise<T> {
    let response: Response;
    // application/json keeps GraphQL errors on HTTP 200, so they read as answers, not failures.
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    try {
      response = await this.fetchImpl(this.endpoint, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
        signal,
      });
    } catch (cause) {
      if (signal?.aborted) throw cause;
      const error = new ApiUnavailableError('The PlanGraph API is not answering.');
      this.report(false, error);
      throw error;
    }
    if (response.status >= 500) {
      const error = new ApiUnavailableError(`The PlanGraph API answered ${response.status}.`);
      this.report(false, error);
      throw error;
    }
    let body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      const error = new ApiUnavailableError('The PlanGraph API answered something that is not JSON.');
      this.report(false, error);
      throw error;
    }
    this.report(true);
    if (body.errors?.length) {
      const first = body.errors[0]!;
      if (first.extensions?.code === 'UNAUTHENTICATED' && token !== null && token === this.token) this.onTokenRefused?.();
      throw new ApiQueryError(first.message, first.extensions?.code);
    }
    if (!body.data) throw new ApiQueryError('The API answered without data.', undefined);
    return body.data;
  }

  async health(): Promise<Health> {
    return (await this.request<{ health: Health }>(`{ health { ok neo4j reason } }`)).health;
  }

  async search(query: string, signal?: AbortSignal, first = 12): Promise<EntitySummary[]> {
    const data = await this.request<{ search: EntitySummary[] }>(
      `query Search($query: String!, $first: Int) { search(query: $query, first: $first) { ${ENTITY_SUMMARY} } }`,
      { query, first },
      signal,
    );
    return data.search;
  }

  async entitySummary(id: string): Promise<EntitySummary | null> {
    const data = await this.request<{ entity: EntitySummary | null }>(
      `query EntitySummary($id: ID!) { entity(id: $id) { ${ENTITY_SUMMARY} } }`,
      { id },
    );
    return data.entity;
  }

  async entity(id: string): Promise<EntityDetails | null> {
    const data = await this.request<{ entity: EntityDetails | null }>(
      `query Entity($id: ID!) {
        entity(id: $id) {
          id type name aliases mentionCount planCount plans { id title issuedOn }
          ... on Region { code level formerNames parent { ${REF} } children { ${REF} } }
          ... on Zone { covers { ${REF} } parks { ${REF} } }
          ... on Park { parkCode: code region { ${REF} } zone { ${REF} } }
          ... on Enterprise { region { ${REF} } projects { ${REF} } }
          ... on Project { enterprise { ${REF} } park { ${REF} } region { ${REF} } capacity capacityUnit }
        }
      }`,
      { id },
    );
    // Region.code is String! and Park.code is String: one name for both would not validate.
    const entity = data.entity as (EntityDetails & { parkCode?: string | null }) | null;
    if (entity && entity.parkCode !== undefined) {
      entity.code = entity.parkCode;
      delete entity.parkCode;
    }
    return entity;
  }

  /** A page of the trace: `first` plans after `after`, `mentionsPerPlan` passages each; or one plan's. */
  async trace(id: string, page: { first?: number; after?: string; mentionsPerPlan?: number; plan?: string } = {}): Promise<PlanTrace[]> {
    const data = await this.request<{ trace: PlanTrace[] }>(
      `query Trace($id: ID!, $first: Int, $after: String, $mentionsPerPlan: Int, $plan: ID) {
        trace(id: $id, first: $first, after: $after, mentionsPerPlan: $mentionsPerPlan, plan: $plan) {
          plan { id title issuedOn kind draft }
          mentionCount cursor
          mentions { section { id title path } start end text nestedIn page snippet snippetStart }
        }
      }`,
      { id, ...page },
    );
    return data.trace;
  }

  /** One point per plan that mentions the entity, in date order: `first` plans after `after`. */
  async timeline(id: string, page: { first?: number; after?: string } = {}): Promise<TimelinePoint[]> {
    const data = await this.request<{ timeline: TimelinePoint[] }>(
      `query Timeline($id: ID!, $first: Int, $after: String) {
        timeline(id: $id, first: $first, after: $after) {
          plan { id title kind issuedOn draft region { name } }
          date status statusCue mentionCount cursor
          figures { measure value unit text baseValue baseUnit }
          passage { section { id title path } start end text page snippet snippetStart }
        }
      }`,
      { id, ...page },
    );
    return data.timeline;
  }

  /** Two plans side by side: a page of what only A, only B and both mention. */
  async comparePlans(request: CompareRequest): Promise<PlanComparison> {
    const data = await this.request<{ comparePlans: PlanComparison }>(
      `query ComparePlans($a: ID!, $b: ID!, $types: [EntityType!], $regionId: ID, $first: Int, $after: String) {
        comparePlans(a: $a, b: $b, types: $types, regionId: $regionId, first: $first, after: $after) {
          a { id title } b { id title }
          onlyInA { ${COMPARED_LIST} } onlyInB { ${COMPARED_LIST} } inBoth { ${COMPARED_LIST} }
        }
      }`,
      { ...request },
    );
    return data.comparePlans;
  }

  async section(id: string): Promise<SectionText | null> {
    const data = await this.request<{ section: SectionText | null }>(
      `query Section($id: ID!) {
        section(id: $id) {
          id title path text pages { first last } plan { id title issuedOn }
          mentions { start end text entity { ${REF} } }
        }
      }`,
      { id },
    );
    return data.section;
  }

  async plans(): Promise<PlanSummary[]> {
    const data = await this.request<{ plans: PlanSummary[] }>(
      `{ plans { id title kind issuedOn periodStart draft region { id name } } }`,
    );
    return data.plans;
  }

  async planSections(id: string): Promise<PlanSections | null> {
    const data = await this.request<{ plan: PlanSections | null }>(
      `query PlanSections($id: ID!) {
        plan(id: $id) { id title sections { id title path mentions { entity { ${REF} } } } }
      }`,
      { id },
    );
    return data.plan;
  }

  /** Every entity id a plan mentions, page by page. */
  async planEntityIds(id: string): Promise<Set<string>> {
    const ids = new Set<string>();
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const data: { plan: { entities: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null } =
        await this.request(
          `query PlanEntities($id: ID!, $after: String) {
            plan(id: $id) { entities(first: 50, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }
          }`,
          { id, after },
        );
      if (!data.plan) break;
      for (const edge of data.plan.entities.edges) ids.add(edge.node.id);
      if (!data.plan.entities.pageInfo.hasNextPage || !data.plan.entities.pageInfo.endCursor) break;
      after = data.plan.entities.pageInfo.endCursor;
    }
    return ids;
  }

  async neighborhood(ids: string[], limit: number): Promise<Graph> {
    const data = await this.request<{ neighborhood: Graph }>(
      `query Neighborhood($ids: [ID!]!, $limit: Int) { neighborhood(ids: $ids, limit: $limit) { ${GRAPH} } }`,
      { ids, limit },
    );
    return data.neighborhood;
  }

  async path(from: string, to: string): Promise<Graph | null> {
    const data = await this.request<{ path: Graph | null }>(
      `query Path($from: ID!, $to: ID!) { path(from: $from, to: $to) { ${GRAPH} } }`,
      { from, to },
    );
    return data.path;
  }
}
