// fast-check generators of hostile requests for the fuzz tests: argument values, GraphQL documents, HTTP requests.
import fc from 'fast-check';
import { EXPORT_FORMATS } from '../../src/export/formats.ts';
import { ENTITY_KINDS, RELATION_TYPES } from '../../src/model.ts';

/** Values of the loaded graph that the generators mix in, so that some requests reach the resolvers. */
export interface RealValues {
  /** Every entity's id, name and aliases. */
  refs: readonly string[];
  relationIds: readonly string[];
  sourceIds: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Argument values

/** Strings that have broken servers before: empty, blank, invisible, RTL, emoji, lone surrogates, injections. */
export const ODD_STRINGS = [
  '',
  ' ',
  '\t\n\r',
  '\u00a0',
  '\u200b',
  '\u2028\u2029',
  '\u3000',
  '\u0000',
  '.',
  '...',
  'U.S.',
  ' u . s . ',
  'مرحبا بالعالم',
  'שלום עולם',
  '\u202eetirw\u202c',
  'اليابان',
  '🇯🇵',
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈 Japan',
  'Ja\u0301pan',
  '\ud800',
  'a\udfffb',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'null',
  'undefined',
  'NaN',
  '%s%n%x',
  '$' + '{process.env}',
  '"',
  '\\',
  '\\u0000',
  "'; DROP TABLE entities; --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'arrayconnection:1',
];

/** One edit of a real name, as a reader mistypes it. */
function applyTypo(ref: string, at: number, edit: number, char: string): string {
  const i = ref.length === 0 ? 0 : at % ref.length;
  switch (edit % 8) {
    case 0:
      return ref.slice(0, i) + ref.slice(i + 1); // a letter dropped
    case 1:
      return ref.slice(0, i) + (ref[i] ?? '') + ref.slice(i); // a letter doubled
    case 2:
      return ref.slice(0, i) + (ref[i + 1] ?? '') + (ref[i] ?? '') + ref.slice(i + 2); // two letters swapped
    case 3:
      return ref.slice(0, i) + char + ref.slice(i + 1); // a letter replaced
    case 4:
      return ref.toUpperCase();
    case 5:
      return ref.split('').join('.'); // dots everywhere
    case 6:
      return `  ${ref}\t\n`;
    default:
      return `${ref} ${ref}`;
  }
}

/** Strings of 10,000 characters or more, of one repeated unit. */
const veryLongArb = fc
  .constantFrom('a', 'Japan ', '🇯🇵', 'ش', ' ', '.', 'Kishida,', '\u0301')
  .map((unit) => unit.repeat(Math.ceil(10_000 / unit.length)));

/** What a client may send where an entity reference goes: real names, typos, odd and random strings. */
export function refArb(real: RealValues): fc.Arbitrary<string> {
  const realRef = fc.constantFrom(...real.refs);
  return fc.oneof(
    { arbitrary: realRef, weight: 4 },
    {
      arbitrary: fc
        .tuple(realRef, fc.nat(), fc.nat(), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }))
        .map(([ref, at, edit, char]) => applyTypo(ref, at, edit, char)),
      weight: 4,
    },
    { arbitrary: fc.constantFrom(...ODD_STRINGS), weight: 3 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 2 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 1 },
    { arbitrary: veryLongArb, weight: 1 },
  );
}

/** Numbers on and past every boundary a server might trip on: 32-bit, 53-bit, the double range. */
export const EDGE_NUMBERS = [
  0,
  -0,
  1,
  -1,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  -(2 ** 31) - 1,
  2 ** 53,
  -(2 ** 53),
  2 ** 53 + 2,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  0.5,
  1e-7,
];

/** What a client may send where an Int goes. */
export const intArb: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.constantFrom(...EDGE_NUMBERS), weight: 3 },
  { arbitrary: fc.integer({ min: -2, max: 120 }), weight: 3 },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: fc.double({ noNaN: true }), weight: 1 },
);

/** Values of the wrong JSON type for any argument: only variables can carry them. */
export const wrongTypeArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.boolean(),
  fc.string({ maxLength: 5 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }),
  fc.constant({}),
);

/** An enum value: mostly a real one, sometimes in the wrong case, sometimes any string. */
export function enumArb(values: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...values), weight: 4 },
    { arbitrary: fc.constantFrom(...values).map((v) => v.toLowerCase()), weight: 1 },
    { arbitrary: fc.constantFrom('FRIEND', 'ALLY ', '', 'ANY,IN', 'all', '__proto__'), weight: 1 },
    { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  );
}

/** `types`: a list of relation types with nulls and strangers in it, or one value (which GraphQL reads as a list). */
export const relationTypesArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.array(fc.option(enumArb(RELATION_TYPES), { nil: null, freq: 10 }), { maxLength: 6 }),
  enumArb(RELATION_TYPES),
  fc.constant(RELATION_TYPES),
);

const toCursor = (offset: unknown) => Buffer.from(`arrayconnection:${offset}`).toString('base64');

/** Connection cursors: of real-looking offsets (huge, negative, fractional), and of no format at all. */
export const cursorArb: fc.Arbitrary<string> = fc.oneof(
  intArb.map(toCursor),
  fc.string({ maxLength: 10 }).map(toCursor),
  fc.base64String({ maxLength: 40 }),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', '=', 'YXJyYXljb25uZWN0aW9uOg==', 'bm9wZQ'),
);

/** Dates and partial dates for `asOf`: real ones, impossible ones, and strings that are no dates. */
export const asOfArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('2023', '2023-11', '2024-04-10', '2017', '2020-09', '1900', '9999-12-31', '0000', ' 2024 '),
  fc.constantFrom(
    '2024-02-30',
    '2023-13',
    '2023-00',
    '2023-1',
    '20231',
    '-2023',
    '+002023',
    '99999999999',
    '2023-11-10T00:00:00Z',
  ),
  fc
    .tuple(fc.integer({ min: -1, max: 10_000 }), fc.integer({ min: -1, max: 13 }), fc.integer({ min: -1, max: 32 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.constantFrom(...ODD_STRINGS),
  fc.string({ maxLength: 12 }),
);

/** An id of a relation or a source: real ones, near misses, odd strings, numbers (ID takes Int too). */
function idArb(realIds: readonly string[]): fc.Arbitrary<string | number> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...realIds), weight: 3 },
    { arbitrary: fc.constantFrom(...realIds).map((id) => `${id.toUpperCase()} `), weight: 1 },
    { arbitrary: fc.constantFrom(...ODD_STRINGS), weight: 1 },
    { arbitrary: fc.string({ maxLength: 20 }), weight: 1 },
    { arbitrary: intArb, weight: 1 },
  );
}

// ---------------------------------------------------------------------------------------------
// GraphQL documents over the real schema

/** How a value is written inline: a string argument as a string, an enum argument as a bare name where it can be. */
type LiteralKind = 'string' | 'enum' | 'other';

interface ArgumentSpec {
  name: string;
  /** Its type in the schema, which a variable for it is declared with. */
  type: string;
  literal: LiteralKind;
  value: fc.Arbitrary<unknown>;
}

/** A root field of Query: its arguments, and the type it returns (null for a scalar). */
export interface RootField {
  name: string;
  args: ArgumentSpec[];
  type: string | null;
}

/**
 * Every root field of the schema, each argument with a generator of hostile values; also
 * fields and arguments that are being added (`timeline`, `asOf`), which the caller keeps only
 * where the running schema has them.
 */
export function rootFields(real: RealValues): RootField[] {
  const arg = (name: string, type: string, literal: LiteralKind, value: fc.Arbitrary<unknown>): ArgumentSpec => ({
    name,
    type,
    literal,
    value,
  });
  const ref = refArb(real);
  const types = arg('types', '[RelationType!]', 'enum', relationTypesArb);
  const asOf = arg('asOf', 'String', 'string', asOfArb);
  const direction = arg('direction', 'Direction', 'enum', enumArb(['ANY', 'IN', 'OUT']));
  const page = [
    arg('first', 'Int', 'other', intArb),
    arg('last', 'Int', 'other', intArb),
    arg('after', 'String', 'string', cursorArb),
    arg('before', 'String', 'string', cursorArb),
  ];
  return [
    { name: 'entity', args: [arg('ref', 'String!', 'string', ref)], type: 'Entity' },
    {
      name: 'entities',
      args: [...page, arg('kind', 'EntityKind', 'enum', enumArb(ENTITY_KINDS)), arg('search', 'String', 'string', ref)],
      type: 'EntityConnection',
    },
    { name: 'relation', args: [arg('id', 'ID!', 'string', idArb(real.relationIds))], type: 'Relation' },
    {
      name: 'relations',
      args: [
        ...page,
        types,
        arg('involving', 'String', 'string', ref),
        arg('sourceId', 'ID', 'string', idArb(real.sourceIds)),
        asOf,
      ],
      type: 'RelationConnection',
    },
    {
      name: 'neighborhood',
      args: [arg('ref', 'String!', 'string', ref), arg('depth', 'Int', 'other', intArb), direction, types, asOf],
      type: 'Subgraph',
    },
    {
      name: 'shortestPath',
      args: [arg('from', 'String!', 'string', ref), arg('to', 'String!', 'string', ref), direction, types, asOf],
      type: 'Path',
    },
    {
      name: 'paths',
      args: [
        arg('from', 'String!', 'string', ref),
        arg('to', 'String!', 'string', ref),
        direction,
        types,
        arg('maxLength', 'Int', 'other', intArb),
        arg('first', 'Int', 'other', intArb),
        asOf,
      ],
      type: 'Path',
    },
    {
      name: 'ranking',
      args: [
        arg('measure', 'CentralityMeasure!', 'enum', enumArb(['DEGREE', 'PAGERANK', 'BETWEENNESS'])),
        arg('first', 'Int', 'other', intArb),
      ],
      type: 'Entity',
    },
    { name: 'communities', args: [], type: 'Community' },
    { name: 'sources', args: [], type: 'Source' },
    { name: 'source', args: [arg('id', 'ID!', 'string', idArb(real.sourceIds))], type: 'Source' },
    { name: 'stats', args: [], type: 'GraphStats' },
    {
      name: 'export',
      args: [arg('format', 'ExportFormat!', 'enum', enumArb(EXPORT_FORMATS)), types, asOf],
      type: null,
    },
    { name: 'timeline', args: [arg('ref', 'String', 'string', ref), types], type: 'TimelineEvent' },
  ];
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** `value` written as a GraphQL literal: strings JSON-quoted (also valid GraphQL), enum values bare where they can be. */
export function toLiteral(value: unknown, kind: LiteralKind = 'other'): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return kind === 'enum' && NAME.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => toLiteral(v, kind)).join(', ')}]`;
  const fields = Object.entries(value as Record<string, unknown>).map(
    ([key, v]) => `${NAME.test(key) ? key : 'key'}: ${toLiteral(v, kind)}`,
  );
  return `{${fields.join(', ')}}`;
}

/**
 * The fields of each output type: a scalar field maps to null, an object field to its type.
 * Keys may carry arguments; an argument the running schema lacks (`asOf`, while it is being
 * added) makes a validation error, which is an answer like any other.
 */
const OUTPUT_FIELDS: Record<string, Record<string, string | null>> = {
  Entity: {
    id: null,
    name: null,
    kind: null,
    aliases: null,
    description: null,
    degree: null,
    'degree(direction: OUT, types: [LEADS, ALLY])': null,
    community: null,
    centrality: 'Centrality',
    neighbors: 'Entity',
    'neighbors(direction: IN)': 'Entity',
    relations: 'Relation',
    'relations(types: [CONCERN])': 'Relation',
    'neighbors(asOf: "2023")': 'Entity',
  },
  Relation: {
    id: null,
    type: null,
    directed: null,
    summary: null,
    confidence: null,
    validFrom: null,
    validTo: null,
    from: 'Entity',
    to: 'Entity',
    evidence: 'Evidence',
  },
  Evidence: { quote: null, start: null, end: null, source: 'Source' },
  Source: {
    id: null,
    title: null,
    author: null,
    publisher: null,
    publishedOn: null,
    url: null,
    text: null,
    relations: 'Relation',
  },
  Centrality: { degree: null, pagerank: null, betweenness: null },
  Community: { id: null, size: null, entities: 'Entity' },
  Path: { length: null, entities: 'Entity', relations: 'Relation', steps: 'PathStep' },
  PathStep: { forward: null, from: 'Entity', relation: 'Relation', to: 'Entity' },
  Subgraph: { entities: 'Entity', relations: 'Relation', 'export(format: CYTOSCAPE)': null },
  GraphStats: {
    entities: null,
    relations: null,
    sources: null,
    entityKinds: 'EntityKindCount',
    relationTypes: 'RelationTypeCount',
  },
  EntityKindCount: { kind: null, count: null },
  RelationTypeCount: { type: null, count: null },
  EntityConnection: { totalCount: null, nodes: 'Entity', edges: 'EntityEdge', pageInfo: 'PageInfo' },
  EntityEdge: { cursor: null, node: 'Entity' },
  RelationConnection: { totalCount: null, nodes: 'Relation', edges: 'RelationEdge', pageInfo: 'PageInfo' },
  RelationEdge: { cursor: null, node: 'Relation' },
  PageInfo: { hasNextPage: null, hasPreviousPage: null, startCursor: null, endCursor: null },
  TimelineEvent: { date: null, change: null, relation: 'Relation' },
};

/** A selection set on `type`, nesting object fields at most `depth` levels deep. */
export function selectionArb(type: string, depth: number): fc.Arbitrary<string> {
  const fields = Object.entries(OUTPUT_FIELDS[type] ?? {});
  const scalars = [...fields.filter(([, t]) => t === null).map(([f]) => f), '__typename'];
  const objects = depth <= 0 ? [] : fields.filter((entry): entry is [string, string] => entry[1] !== null);
  const field = fc.oneof(
    { arbitrary: fc.constantFrom(...scalars), weight: 3 },
    ...objects.map(([name, fieldType]) => ({
      arbitrary: selectionArb(fieldType, depth - 1).map((selection) => `${name} ${selection}`),
      weight: 1,
    })),
  );
  return fc.array(field, { minLength: 1, maxLength: 4 }).map((parts) => `{ ${parts.join(' ')} }`);
}

/** One call of a root field, with the variables it uses. */
export interface FieldCall {
  text: string;
  /** Variable definitions, such as `$f0_ref: String!`. */
  definitions: string[];
  variables: Record<string, unknown>;
}

/** How argument values reach the server: written in the document, as variables, or each either way. */
export type Delivery = 'inline' | 'variables' | 'mixed';

/**
 * A call of `field` under `alias` (none when empty), with random arguments: optional ones
 * present or not, required ones now and then left out, values inline or as variables
 * (only variables carry values of the wrong JSON type), and a selection `depth` levels deep.
 */
export function fieldCallArb(field: RootField, alias: string, delivery: Delivery, depth: number) {
  const argument = (spec: ArgumentSpec) =>
    fc.record({
      present: spec.type.endsWith('!')
        ? fc.oneof({ arbitrary: fc.constant(true), weight: 20 }, fc.constant(false))
        : fc.boolean(),
      asVariable: delivery === 'mixed' ? fc.boolean() : fc.constant(delivery === 'variables'),
      value:
        delivery === 'inline'
          ? fc.option(spec.value, { nil: null, freq: 15 })
          : fc.oneof(
              { arbitrary: spec.value, weight: 15 },
              { arbitrary: fc.constant(null), weight: 1 },
              { arbitrary: wrongTypeArb, weight: 1 },
            ),
    });
  const selection = field.type === null ? fc.constant('') : selectionArb(field.type, depth);
  return fc.tuple(fc.tuple(...field.args.map(argument)), selection).map(([values, selectionText]): FieldCall => {
    const written: string[] = [];
    const definitions: string[] = [];
    const variables: Record<string, unknown> = {};
    field.args.forEach((spec, i) => {
      const given = values[i];
      if (!given?.present) return;
      if (given.asVariable) {
        const variable = `${alias || field.name}_${spec.name}`;
        definitions.push(`$${variable}: ${spec.type}`);
        variables[variable] = given.value;
        written.push(`${spec.name}: $${variable}`);
      } else {
        written.push(`${spec.name}: ${toLiteral(given.value, spec.literal)}`);
      }
    });
    const args = written.length > 0 ? `(${written.join(', ')})` : '';
    return { text: `${alias ? `${alias}: ` : ''}${field.name}${args} ${selectionText}`.trim(), definitions, variables };
  });
}

/** A GraphQL request as a client sends it. */
export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** How `operationArb` builds its requests. */
export interface OperationOptions {
  delivery: Delivery;
  /** At most this many root fields, each under its own alias. */
  maxFields: number;
  /** How deep selections nest below the root fields. */
  depth: number;
  /** `query`, and `mutation` and `subscription`, which the schema has not. */
  operationTypes?: readonly string[];
}

/** A request of one or more root field calls, in a named or anonymous operation, with or without an operationName. */
export function operationArb(fields: readonly RootField[], options: OperationOptions): fc.Arbitrary<GraphQLRequest> {
  const { delivery, maxFields, depth, operationTypes = ['query'] } = options;
  const call = (alias: string) =>
    fc.constantFrom(...fields).chain((field) => fieldCallArb(field, alias, delivery, depth));
  const calls = fc
    .integer({ min: 1, max: maxFields })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => call(n === 1 ? '' : `f${i}`))));
  return fc
    .record({
      calls,
      type: fc.constantFrom(...operationTypes),
      name: fc.constantFrom(undefined, 'Fuzz'),
      operationName: fc.constantFrom(undefined, 'Fuzz', 'Other'),
    })
    .map(({ calls: made, type, name, operationName }): GraphQLRequest => {
      const definitions = made.flatMap((c) => c.definitions);
      const header = [
        definitions.length > 0 || name || type !== 'query' ? type : '',
        name ?? '',
        definitions.length > 0 ? `(${definitions.join(', ')})` : '',
      ]
        .filter(Boolean)
        .join(' ');
      const query = `${header} { ${made.map((c) => c.text).join(' ')} }`.trim();
      const variables = Object.assign({}, ...made.map((c) => c.variables)) as Record<string, unknown>;
      return {
        query,
        ...(definitions.length > 0 ? { variables } : {}),
        ...(operationName ? { operationName } : {}),
      };
    });
}

// ---------------------------------------------------------------------------------------------
// Hostile shapes: nesting, aliases, fragments, size, garbage

/** Ways round the schema that come back to where they started, so nesting can go on and on. */
const CYCLES: { start: 'Entity' | 'Source'; hops: [field: string, type: string][] }[] = [
  { start: 'Entity', hops: [['neighbors', 'Entity']] },
  {
    start: 'Entity',
    hops: [
      ['relations', 'Relation'],
      ['from', 'Entity'],
    ],
  },
  {
    start: 'Entity',
    hops: [
      ['relations', 'Relation'],
      ['to', 'Entity'],
    ],
  },
  {
    start: 'Source',
    hops: [
      ['relations', 'Relation'],
      ['evidence', 'Evidence'],
      ['source', 'Source'],
    ],
  },
  {
    start: 'Entity',
    hops: [
      ['relations', 'Relation'],
      ['evidence', 'Evidence'],
      ['source', 'Source'],
      ['relations', 'Relation'],
      ['from', 'Entity'],
    ],
  },
];

/** Root fields that lead to each start of a cycle; `%` is where the nesting goes. */
const CYCLE_ROOTS = {
  Entity: [
    'entity(ref: "Japan") { % }',
    'entity(ref: "United States") { % }',
    'ranking(measure: PAGERANK, first: 100) { % }',
    'communities { entities { % } }',
    'neighborhood(ref: "Kishida", depth: 2) { entities { % } }',
    'paths(from: "Abe", to: "China", maxLength: 4, first: 100) { entities { % } }',
  ],
  Source: ['sources { % }', 'relations(first: 100) { nodes { evidence { source { % } } } }'],
};

/** The biggest scalar fields of each type, asked at every level when a request means to be heavy. */
const HEAVY_FIELDS: Record<string, string> = {
  Entity: 'name aliases description',
  Relation: 'summary validFrom',
  Evidence: 'quote',
  Source: 'text',
};

/**
 * Deep nesting and fan-out: from a root field, `rounds` times round a cycle of the schema
 * (`neighbors { neighbors { ... } }`, `relations { from { relations { ... } } }`,
 * `sources { relations { evidence { source { ... } } } }`), up to 30 levels; each of the first
 * three hops asked `width` times under different aliases; the biggest fields asked at the
 * deepest level only or at every level; the whole asked `copies` times at the root. The cycle
 * through sources, whose `text` is the biggest field there is, comes up most.
 */
export const nestingArb: fc.Arbitrary<string> = fc
  .record({
    cycle: fc.oneof(
      ...CYCLES.map((cycle) => ({ arbitrary: fc.constant(cycle), weight: cycle.start === 'Source' ? 4 : 1 })),
    ),
    root: fc.nat(),
    rounds: fc.nat(),
    deep: fc.boolean(),
    heavy: fc.constantFrom('nowhere', 'deepest', 'deepest', 'everywhere'),
    width: fc.oneof({ arbitrary: fc.constant(1), weight: 4 }, fc.constant(2)),
    copies: fc.oneof({ arbitrary: fc.constant(1), weight: 2 }, fc.integer({ min: 2, max: 16 })),
  })
  .map(({ cycle, root, rounds, deep, heavy, width, copies }) => {
    // Within the depth limit of 12 as often as past it.
    const withinLimit = Math.floor(12 / cycle.hops.length);
    const maxRounds = Math.floor(30 / cycle.hops.length);
    const levels =
      cycle.hops.length * (deep ? withinLimit + 1 + (rounds % (maxRounds - withinLimit)) : rounds % (withinLimit + 1));
    const nest = (level: number, type: string): string => {
      const big = HEAVY_FIELDS[type] as string;
      if (level === levels) return heavy === 'nowhere' ? '__typename' : big;
      const [field, next] = cycle.hops[level % cycle.hops.length] as [string, string];
      const inner = nest(level + 1, next);
      // Widening only the first three levels keeps the document small (and 14 aliases, within the limit).
      const times = level < 3 ? width : 1;
      const asked = Array.from({ length: times }, (_, i) => `${times > 1 ? `w${i}: ` : ''}${field} { ${inner} }`);
      return (heavy === 'everywhere' ? `${big} ` : '') + asked.join(' ');
    };
    const roots = CYCLE_ROOTS[cycle.start];
    const rootField = (roots[root % roots.length] as string).replace('%', nest(0, cycle.start));
    return `{ ${Array.from({ length: copies }, (_, i) => `${copies > 1 ? `c${i}: ` : ''}${rootField}`).join(' ')} }`;
  });

const ALIASED_FIELDS = [
  'stats { entities }',
  'entity(ref: "Kishida") { id }',
  'paths(from: "Japan", to: "China") { length }',
  'neighborhood(ref: "Japan", depth: 2) { entities { id } }',
  'shortestPath(from: "Abe", to: "Biden") { length }',
  'export(format: GEXF)',
  'sources { text }',
  'relations(first: 100) { nodes { summary } }',
];

/** Many aliases (up to 200), the same alias for different fields, and fields asked many times over. */
export const aliasesArb: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({
      count: fc.integer({ min: 1, max: 200 }),
      fields: fc.array(fc.constantFrom(...ALIASED_FIELDS), { minLength: 1, maxLength: 3 }),
    })
    .map(
      ({ count, fields }) =>
        `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${fields[i % fields.length]}`).join(' ')} }`,
    ),
  fc
    .record({
      count: fc.integer({ min: 2, max: 200 }),
      fields: fc.array(fc.constantFrom(...ALIASED_FIELDS), { minLength: 1, maxLength: 3 }),
    })
    .map(
      ({ count, fields }) =>
        `{ ${Array.from({ length: count }, (_, i) => `same: ${fields[i % fields.length]}`).join(' ')} }`,
    ),
  fc
    .record({ count: fc.integer({ min: 2, max: 1500 }), field: fc.constantFrom('entities', 'relations', '__typename') })
    .map(({ count, field }) => `{ stats { ${`${field} `.repeat(count)}} }`),
  fc
    .integer({ min: 2, max: 200 })
    .map(
      (count) =>
        `{ entity(ref: "Japan") { ${Array.from({ length: count }, (_, i) => `n${i}: neighbors { id }`).join(' ')} } }`,
    ),
);

/** Fragments: long chains, cycles, exponential spreads, unknown and misplaced ones, inline ones nested deep. */
export const fragmentsArb: fc.Arbitrary<string> = fc.oneof(
  // A chain of `n` fragments on Query, the last one spreading the first: a cycle, or not.
  fc.record({ n: fc.integer({ min: 1, max: 200 }), cycle: fc.boolean() }).map(({ n, cycle }) => {
    const fragments = Array.from({ length: n }, (_, i) => {
      const next = i + 1 < n ? `...F${i + 1}` : cycle ? '...F0' : 'stats { entities }';
      return `fragment F${i} on Query { ${next} }`;
    });
    return `{ ...F0 } ${fragments.join(' ')}`;
  }),
  // Each fragment spreads the one before twice: 2^k fields once expanded.
  fc.integer({ min: 1, max: 30 }).map((k) => {
    const fragments = [`fragment E0 on Entity { id neighbors { id } }`];
    for (let i = 1; i <= k; i++) fragments.push(`fragment E${i} on Entity { ...E${i - 1} ...E${i - 1} }`);
    return `{ entity(ref: "Japan") { ...E${k} } } ${fragments.join(' ')}`;
  }),
  // Each fragment nests the one before a level deeper.
  fc.integer({ min: 1, max: 30 }).map((k) => {
    const fragments = [`fragment D0 on Entity { id }`];
    for (let i = 1; i <= k; i++) fragments.push(`fragment D${i} on Entity { relations { from { ...D${i - 1} } } }`);
    return `{ entity(ref: "Japan") { ...D${k} } } ${fragments.join(' ')}`;
  }),
  // Many unused, duplicated, unknown or misplaced fragments.
  fc
    .record({
      n: fc.integer({ min: 1, max: 200 }),
      name: fc.constantFrom('U', 'Dup'),
      on: fc.constantFrom('Query', 'Entity', 'Nope', 'String'),
      spread: fc.constantFrom(
        '...U0',
        '...Missing',
        '...Dup',
        '... on Entity { id }',
        '... on Query { stats { sources } }',
      ),
    })
    .map(({ n, name, on, spread }) => {
      const fragments = Array.from(
        { length: n },
        (_, i) => `fragment ${name}${name === 'Dup' ? '' : i} on ${on} { __typename }`,
      );
      return `{ ${spread} stats { entities } } ${fragments.join(' ')}`;
    }),
  // Inline fragments nested deep.
  fc.integer({ min: 1, max: 300 }).map((n) => `{ ${'... on Query { '.repeat(n)}stats { entities }${' }'.repeat(n)} }`),
);

/** Documents of about 100 KB: one huge string, comment, name or block string, or endless blanks or tokens. */
export const hugeDocumentArb: fc.Arbitrary<GraphQLRequest> = fc
  .record({
    size: fc.integer({ min: 90_000, max: 110_000 }),
    shape: fc.constantFrom(
      'string',
      'block-string',
      'comment',
      'blanks',
      'name',
      'tokens',
      'variable',
      'types-variable',
    ),
    char: fc.constantFrom('x', 'é', '🇯🇵', ' ', '\\u0041'),
  })
  .map(({ size, shape, char }): GraphQLRequest => {
    const filler = char.repeat(Math.ceil(size / char.length)).slice(0, size);
    switch (shape) {
      case 'string':
        return { query: `{ entity(ref: "${filler}") { id } }` };
      case 'block-string':
        return { query: `{ neighborhood(ref: """${filler}""") { entities { id } } }` };
      case 'comment':
        return { query: `# ${filler}\n{ stats { entities } }` };
      case 'blanks':
        return { query: `{ stats ${' \n\t,'.repeat(Math.floor(size / 4))} { entities } }` };
      case 'name':
        return { query: `{ ${'a'.repeat(size)} }` };
      case 'tokens':
        return { query: `{ stats { ${'entities '.repeat(Math.floor(size / 9))}} }` };
      case 'variable':
        return { query: 'query($r: String!) { shortestPath(from: $r, to: $r) { length } }', variables: { r: filler } };
      default:
        return {
          query: 'query($t: [RelationType!]) { export(format: TURTLE, types: $t) }',
          variables: {
            t: Array.from({ length: Math.floor(size / 8) }, (_, i) => RELATION_TYPES[i % RELATION_TYPES.length]),
          },
        };
    }
  });

/** Tokens of GraphQL and of this schema, and a few that are neither, for token soup. */
const GRAPHQL_TOKENS = [
  ...'{ } ( ) [ ] : ... $ @ ! = | & , # " """'.split(' '),
  ...'query mutation subscription fragment on schema type directive extend'.split(' '),
  ...'entity entities ref neighbors id name paths stats types export format timeline asOf'.split(' '),
  ...'ALLY GEXF Entity Query Int String! $x @include @skip(if:true) __schema __typename'.split(' '),
  ...['"Japan"', '1', '-1', '1e308', '0x10', 'true', 'null', '"\\u0000"', '"\\uD800"', '\n', '\u0000', '\ufeff'],
];

/** Not GraphQL, or broken GraphQL: token soup, random text, valid documents cut or spliced. */
export const garbageQueryArb: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...GRAPHQL_TOKENS), { maxLength: 60, size: 'medium' }).map((tokens) => tokens.join(' ')),
  fc.string({ unit: 'grapheme', maxLength: 200, size: 'medium' }),
  fc.string({ unit: 'binary', maxLength: 200, size: 'medium' }),
  fc.string({ unit: fc.constantFrom('\ud800', '\udc00', '{', '}', 'a', '"', '\\'), maxLength: 50, size: 'medium' }),
  fc
    .tuple(fc.constantFrom(...ALIASED_FIELDS), fc.nat(), fc.nat(), fc.constantFrom('', '{', '}', '"', '$', '(', '...'))
    .map(([field, cut, length, insert]) => {
      const query = `query Q($x: Int) { ${field} }`;
      const at = cut % query.length;
      return query.slice(0, at) + insert + query.slice(at + (length % 5));
    }),
);

// ---------------------------------------------------------------------------------------------
// HTTP requests

/** A request to the app, in the parts the tests vary. */
export interface HttpRequest {
  method: string;
  /** The path and query string, such as `/graphql?query=...`. */
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** POSTs `payload` as JSON, the way a GraphQL client does. */
export function postJson(payload: unknown): HttpRequest {
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(payload),
  };
}

/** GETs `request` with its parts in the query string. */
export function getRequest(request: GraphQLRequest): HttpRequest {
  const params = new URLSearchParams({ query: request.query });
  if (request.variables) params.set('variables', JSON.stringify(request.variables));
  if (request.operationName) params.set('operationName', request.operationName);
  return { method: 'GET', path: `/graphql?${params}`, headers: { accept: 'application/json' } };
}

/** POSTs `request` as JSON, GETs it, or POSTs its document alone as application/graphql. */
export function deliveredArb(request: GraphQLRequest): fc.Arbitrary<HttpRequest> {
  const ways = [fc.constant(postJson(request)), fc.constant(getRequest(request))];
  if (!request.variables && !request.operationName) {
    ways.push(
      fc.constant({
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/graphql' },
        body: request.query,
      }),
    );
  }
  return fc.oneof(...ways);
}

/** Header values a client may send; printable ASCII only, as fetch allows no other. */
const headerValueArb = fc.string({ unit: 'grapheme-ascii', maxLength: 40 });

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/graphql',
  'application/graphql-response+json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'multipart/form-data',
  'text/plain',
  'application/xml',
  'application/octet-stream',
  '',
  ';;;',
  'application/json;;charset=',
];

const ACCEPTS = [
  'application/json',
  'application/graphql-response+json',
  '*/*',
  'application/xml',
  'image/png',
  'application/json;q=0',
  '',
];

/** A GraphQL request object whose parts may have the wrong JSON types. */
const requestObjectArb = fc.record(
  {
    query: fc.oneof(fc.constant('{ stats { entities } }'), garbageQueryArb, wrongTypeArb),
    variables: fc.oneof(fc.constant({ x: 1 }), wrongTypeArb, fc.constant('{')),
    operationName: fc.oneof(fc.constant('Q'), wrongTypeArb),
    extensions: fc.oneof(fc.constant({ persistedQuery: { version: 1, sha256Hash: 'abc' } }), wrongTypeArb),
  },
  { requiredKeys: [] },
);

/** Bodies that are not what a GraphQL server expects: random bytes, text, JSON of other shapes, batches, cut JSON. */
export const wrongBodyArb: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 300, size: 'medium' }),
  fc.string({ unit: 'binary', maxLength: 200, size: 'medium' }),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  requestObjectArb.map((value) => JSON.stringify(value)),
  fc.array(requestObjectArb, { maxLength: 5 }).map((batch) => JSON.stringify(batch)),
  fc.tuple(requestObjectArb, fc.nat()).map(([value, cut]) => {
    const text = JSON.stringify(value);
    return text.slice(0, cut % (text.length + 1));
  }),
  fc.constantFrom(
    '',
    'null',
    '[]',
    '{}',
    '"{ stats { entities } }"',
    'query={stats{entities}}',
    '\ufeff{"query":"{stats{entities}}"}',
  ),
);

/** Any method, content type and accept header, with a body that is wrong in some way (none for GET and HEAD). */
export const wrongHttpArb: fc.Arbitrary<HttpRequest> = fc
  .record({
    method: fc.constantFrom('GET', 'POST', 'POST', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'),
    contentType: fc.oneof({ arbitrary: fc.constantFrom(...CONTENT_TYPES), weight: 4 }, headerValueArb),
    accept: fc.oneof({ arbitrary: fc.constantFrom(...ACCEPTS), weight: 4 }, headerValueArb),
    body: wrongBodyArb,
  })
  .map(({ method, contentType, accept, body }) => ({
    method,
    path: '/graphql',
    headers: { 'content-type': contentType, accept },
    ...(method === 'GET' || method === 'HEAD' ? {} : { body }),
  }));

/** Percent-encodes `text`, its lone surrogates (which encodeURIComponent refuses) made U+FFFD first. */
const encode = (text: string) => encodeURIComponent(text.replace(/[\ud800-\udfff]/gu, '\ufffd'));

/** Pieces of a query string: parameters right and wrong, duplicated, badly percent-encoded. */
const queryStringPieceArb = fc.oneof(
  fc.oneof(fc.constant('{ stats { entities } }'), garbageQueryArb).map((q) => `query=${encode(q)}`),
  fc.constantFrom('query=', 'query', 'query[]=x', 'query=%7B', 'query=%7Bstats%7Bentities%7D%7D', 'QUERY=%7Bstats%7D'),
  fc
    .oneof(
      fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
      fc.constantFrom('{', '{"a":', 'undefined', ''),
      fc.string({ maxLength: 10 }),
    )
    .chain((value) => fc.constantFrom('variables', 'extensions').map((key) => `${key}=${encode(value)}`)),
  fc.string({ maxLength: 20 }).map((name) => `operationName=${encode(name)}`),
  fc.constantFrom(
    '%',
    '%E0%A4%A',
    '%00',
    '%zz',
    '&&&',
    '==',
    '+',
    '%2B',
    ';',
    '?',
    '%FF%FE',
    'a=%uD800',
    '__proto__[x]=1',
  ),
  fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 })).map(([k, v]) => `${encode(k)}=${encode(v)}`),
);

/** GET /graphql with a query string built from odd pieces. */
export const oddGetArb: fc.Arbitrary<HttpRequest> = fc
  .tuple(fc.array(queryStringPieceArb, { maxLength: 6 }), fc.constantFrom(...ACCEPTS))
  .map(([pieces, accept]) => ({ method: 'GET', path: `/graphql?${pieces.join('&')}`, headers: { accept } }));

/** A path segment: plain, percent-encoded, badly percent-encoded, or climbing out. */
const segmentArb = fc.oneof(
  fc.string({ maxLength: 12 }).map(encode),
  fc.constantFrom(
    '%E0%A4%A',
    '%',
    '%zz',
    '%00',
    '..',
    '%2e%2e',
    '..%2f..%2fpackage.json',
    '%2F',
    'index.html',
    'assets',
    '.',
    '~',
    '%C0%AE%C0%AE',
  ),
);

/** Requests to the routes beside GraphQL: /health, /export/graph.<ext>, /explore, with odd paths and query strings. */
export const routeRequestArb: fc.Arbitrary<HttpRequest> = fc
  .record({
    method: fc.constantFrom('GET', 'GET', 'HEAD', 'POST', 'OPTIONS'),
    route: fc.oneof(
      fc.constantFrom(
        '/health',
        '/health/',
        '/health?verbose=1&%',
        '/export/',
        '/export/graph',
        '/explore',
        '/explore/',
      ),
      fc
        .tuple(
          fc.constantFrom('gexf', 'graphml', 'json', 'cyjs', 'ttl', 'GEXF', 'xml', '', 'json.gz'),
          fc.array(fc.oneof(enumArb(RELATION_TYPES), segmentArb), { maxLength: 4 }),
        )
        .map(([extension, types]) => `/export/graph.${extension}?types=${types.join(',')}`),
      fc
        .tuple(fc.constantFrom('gexf', 'json', 'ttl'), fc.oneof(asOfArb.map(encode), segmentArb))
        .map(([extension, asOf]) => `/export/graph.${extension}?asOf=${asOf}`),
      fc.array(segmentArb, { minLength: 1, maxLength: 4 }).map((segments) => `/explore/${segments.join('/')}`),
      fc.array(segmentArb, { minLength: 1, maxLength: 3 }).map((segments) => `/${segments.join('/')}`),
    ),
    ifNoneMatch: fc.option(fc.oneof(headerValueArb, fc.constantFrom('*', '"x", *', 'W/"abc"')), { nil: undefined }),
  })
  .map(
    ({ method, route, ifNoneMatch }): HttpRequest => ({
      method,
      path: route,
      headers: ifNoneMatch === undefined ? {} : { 'if-none-match': ifNoneMatch },
    }),
  );
