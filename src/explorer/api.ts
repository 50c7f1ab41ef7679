// A small GraphQL client over fetch, and the queries the explorer asks the API at /graphql.
import type { EntityKind, RelationType } from '../model.ts';

/** A GraphQL answer with errors, or a request that did not get one; `codes` are the errors' extensions.code. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    message: string,
    readonly codes: readonly string[] = [],
  ) {
    super(message);
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/**
 * Posts `query` to `endpoint` and returns its data.
 * @throws ApiError when the server cannot be reached, answers with something other than GraphQL, or reports errors.
 */
export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  { endpoint = '/graphql', fetchImpl = fetch as Fetch }: { endpoint?: string; fetchImpl?: Fetch } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetchImpl(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ApiError(`The API at ${endpoint} cannot be reached: ${(error as Error).message}`);
  }
  let body: GraphQLBody<T>;
  try {
    body = (await response.json()) as GraphQLBody<T>;
  } catch {
    throw new ApiError(
      `The API at ${endpoint} answered ${response.status} ${response.statusText} without GraphQL JSON.`,
    );
  }
  if (body.errors && body.errors.length > 0) {
    throw new ApiError(
      body.errors.map((e) => e.message).join(' '),
      body.errors.map((e) => e.extensions?.code ?? 'UNKNOWN'),
    );
  }
  if (!response.ok || body.data == null) {
    throw new ApiError(`The API at ${endpoint} answered ${response.status} ${response.statusText} without data.`);
  }
  return body.data;
}

export interface EntityRef {
  id: string;
  name: string;
}

export interface EntitySuggestion extends EntityRef {
  kind: EntityKind;
}

export interface EvidenceDetail {
  quote: string;
  start: number;
  end: number;
  source: { id: string; title: string };
}

export interface RelationDetail {
  id: string;
  type: RelationType;
  directed: boolean;
  from: EntityRef;
  to: EntityRef;
  summary: string;
  confidence: number;
  validFrom: string | null;
  validTo: string | null;
  evidence: EvidenceDetail[];
}

export interface EntityDetail extends EntitySuggestion {
  description: string | null;
  aliases: string[];
  relations: RelationDetail[];
}

export interface PathStep {
  from: EntityRef;
  to: EntityRef;
  forward: boolean;
  relation: Pick<RelationDetail, 'id' | 'type' | 'directed' | 'summary' | 'evidence'>;
}

export interface PathDetail {
  length: number;
  steps: PathStep[];
}

export interface SourceText {
  id: string;
  title: string;
  text: string;
}

const EVIDENCE = 'evidence { quote start end source { id title } }';

export async function searchEntities(search: string, first = 8): Promise<EntitySuggestion[]> {
  const data = await graphql<{ entities: { nodes: EntitySuggestion[] } }>(
    'query Search($q: String!, $first: Int) { entities(search: $q, first: $first) { nodes { id name kind } } }',
    { q: search, first },
  );
  return data.entities.nodes;
}

/** The entity `ref` names with its relations, or null when it names none. */
export async function entityDetail(ref: string): Promise<EntityDetail | null> {
  const data = await graphql<{ entity: EntityDetail | null }>(
    `query Entity($ref: String!) {
      entity(ref: $ref) {
        id name kind description aliases
        relations {
          id type directed from { id name } to { id name } summary confidence validFrom validTo
          ${EVIDENCE}
        }
      }
    }`,
    { ref },
  );
  return data.entity;
}

/**
 * The shortest path between two entities, or null when there is none: walking only relations of
 * `types` if given, and only those that held as of `asOf` (a date or partial date) if given.
 */
export async function shortestPath(
  from: string,
  to: string,
  { types, asOf }: { types?: readonly RelationType[] | undefined; asOf?: string | null | undefined } = {},
): Promise<PathDetail | null> {
  const data = await graphql<{ shortestPath: PathDetail | null }>(
    `query Path($from: String!, $to: String!, $types: [RelationType!], $asOf: String) {
      shortestPath(from: $from, to: $to, types: $types, asOf: $asOf) {
        length
        steps { from { id name } relation { id type directed summary ${EVIDENCE} } to { id name } forward }
      }
    }`,
    { from, to, types: types ?? null, asOf: asOf ?? null },
  );
  return data.shortestPath;
}

export async function sourceTexts(): Promise<SourceText[]> {
  const data = await graphql<{ sources: SourceText[] }>('{ sources { id title text } }');
  return data.sources;
}
