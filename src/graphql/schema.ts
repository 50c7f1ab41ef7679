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

/** Every field resolved ticks the request's budget, which looks at the clock now and then: no request outlives its time budget. */
function withTimeBudget(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field) => {
      const resolve = field.resolve ?? defaultFieldResolver;
      return {
        ...field,
        resolve: (source, args, context: GraphContext, info) => {
          context.budget.tick();
          return resolve(source, args, context, info);
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
