// The GraphQL schema: every type file registers itself on the builder; this module imports them and builds it.
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { builder, type GraphContext } from './builder.ts';
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
import './timeline.ts';

/** A rough size of what a field returned: a string's length, a few bytes a list item or a scalar. */
function answerSize(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return 8 * value.length;
  return 8;
}

/**
 * Every field resolved ticks the request's budget, which looks at the clock now and then (no
 * request outlives its time budget), and counts the size of what it returned (no tiny query
 * asks for a huge answer).
 */
function withTimeBudget(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field) => {
      const resolve = field.resolve ?? defaultFieldResolver;
      return {
        ...field,
        resolve: (source, args, context: GraphContext, info) => {
          context.budget.tick();
          const value = resolve(source, args, context, info);
          context.budget.produce(answerSize(value));
          return value;
        },
      };
    },
  });
}

export const schema = withTimeBudget(builder.toSchema());

/** The schema as committed in schema/schema.graphql: printed, sorted lexicographically. */
export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
