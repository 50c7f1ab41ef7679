// Arguments shared by several fields, and their range checks.
import { cursorToOffset } from '@pothos/plugin-relay';
import { LIMITS } from '../config.ts';
import { asOfSpan } from '../dates.ts';
import { BadInputError } from '../errors.ts';
import type { WalkOptions } from '../graph/walk.ts';
import type { RelationType } from '../model.ts';
import type { GraphContext } from './builder.ts';

/**
 * `value`, or `fallback` when it is not given.
 * @throws BadInputError naming `argument` and its range when `value` is outside `min`..`max`.
 */
export function intInRange(
  argument: string,
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
) {
  if (value === null || value === undefined) return fallback;
  if (value < min || value > max) {
    throw new BadInputError(argument, `must be from ${min} to ${max}; got ${value}`, { min, max });
  }
  return value;
}

/** The walk options of a field's `types`, `direction` and `asOf`, drawing on the request's budget. */
export function walkOptions(
  args: { types?: readonly RelationType[] | null; direction?: 'OUT' | 'IN' | 'ANY' | null; asOf?: string | null },
  context: GraphContext,
): WalkOptions {
  return {
    types: args.types ?? undefined,
    direction: args.direction ?? 'ANY',
    budget: context.budget,
    asOf: asOfSpan(args.asOf),
  };
}

export { asOfSpan } from '../dates.ts';

/** The description every `asOf` argument shares. */
export const AS_OF_DESCRIPTION =
  'Only relations that held on this ISO 8601 date or partial date (2019, 2023-11, 2024-04-10): a relation holds when its validFrom is absent or not after the date, and its validTo absent or not before it; a partial date stands for its whole span, so "2023" covers the whole year.';

interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/**
 * Checks a connection's arguments: `first` and `last` within the page size limit, cursors that
 * this API made.
 * @throws BadInputError naming the argument.
 */
export function checkPageArgs(args: PageArgs, context: GraphContext) {
  const max = context.limits.maxPageSize;
  intInRange('first', args.first, 0, 0, max);
  intInRange('last', args.last, 0, 0, max);
  for (const argument of ['after', 'before'] as const) {
    const cursor = args[argument];
    if (cursor === null || cursor === undefined) continue;
    let offset = Number.NaN;
    try {
      offset = cursorToOffset(cursor);
    } catch {}
    if (!Number.isSafeInteger(offset) || offset < 0) {
      throw new BadInputError(
        argument,
        `"${cursor}" is not a cursor of this list; use an edge's cursor or pageInfo's endCursor`,
      );
    }
  }
  if (args.last != null && args.first == null && args.before == null) {
    throw new BadInputError('last', 'counts back from `before` or from the end of `first`; give one of them too');
  }
}

/** How a schema description states a limit and a default: "4 (KG_MAX_DEPTH); default 1 (KG_DEFAULT_DEPTH)". */
export function limitText(max: keyof typeof LIMITS, fallback: keyof typeof LIMITS): string {
  return `${LIMITS[max].value} (${LIMITS[max].env}); default ${LIMITS[fallback].value} (${LIMITS[fallback].env})`;
}
