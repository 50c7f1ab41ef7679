// The GraphQL schema: every type file registers itself on the builder; this module imports them and builds it.
import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.ts';
import './enums.ts';
import './entity.ts';
import './relation.ts';
import './source.ts';
import './path.ts';
import './subgraph.ts';
import './stats.ts';
import './centrality.ts';
import './community.ts';
import './export.ts';

export const schema = builder.toSchema();

/** The schema as committed in schema/schema.graphql: printed, sorted lexicographically. */
export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
