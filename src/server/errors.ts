// Turns what a resolver throws into the GraphQL error a client sees: coded user errors, masked surprises.
import { GraphQLError } from 'graphql';
import { UserError } from '../errors.ts';

/** The message every unexpected error is replaced with. */
export const MASKED_MESSAGE = 'Unexpected error.';

/**
 * Maps an error from execution to what the client sees: a UserError keeps its message and
 * gets its code and details in `extensions`; a GraphQL error of the request itself (syntax,
 * validation) is kept; anything else is masked, with no stack trace, and reported to `log`.
 */
export function maskError(error: unknown, log: (error: unknown) => void): Error {
  const graphQLError = error instanceof GraphQLError ? error : undefined;
  const original = graphQLError ? graphQLError.originalError : error;
  if (original instanceof UserError) {
    return new GraphQLError(original.message, {
      nodes: graphQLError?.nodes,
      path: graphQLError?.path,
      extensions: { code: original.code, ...original.details },
    });
  }
  if (graphQLError && (!original || original instanceof GraphQLError)) return graphQLError;
  log(original ?? error);
  return new GraphQLError(MASKED_MESSAGE, {
    nodes: graphQLError?.nodes,
    path: graphQLError?.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}
