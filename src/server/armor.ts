// graphql-armor's static limits (depth, aliases, tokens, directives, cost, no field suggestions), reporting QUERY_TOO_COMPLEX.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Limits } from '../config.ts';

const codes = {
  maxDepth: 'maxQueryDepth',
  maxAliases: 'maxAliases',
  maxTokens: 'maxTokens',
  maxDirectives: 'maxDirectives',
  costLimit: 'maxCost',
} as const;

/** Armor's protections, each rejection reported as a QUERY_TOO_COMPLEX error that names its limit. */
export function armorPlugin(limits: Limits) {
  const reject = (limit: keyof Limits) => ({
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const coded = new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
          extensions: { code: 'QUERY_TOO_COMPLEX', limit, max: limits[limit] },
        });
        // Tokens are counted while parsing, before there is a validation context: throw there.
        if (context) context.reportError(coded);
        else throw coded;
      },
    ],
  });
  return EnvelopArmorPlugin({
    maxDepth: { n: limits.maxQueryDepth, ignoreIntrospection: true, ...reject(codes.maxDepth) },
    maxAliases: { n: limits.maxAliases, ...reject(codes.maxAliases) },
    maxTokens: { n: limits.maxTokens, ...reject(codes.maxTokens) },
    maxDirectives: { n: limits.maxDirectives, ...reject(codes.maxDirectives) },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true, ...reject(codes.costLimit) },
    blockFieldSuggestion: { enabled: true },
  });
}
