// The work budget that every traversal draws on: one per request, shared by all of its fields.
import { QueryTooComplexError } from '../errors.ts';

/** Counts relations visited and stops the work, with QUERY_TOO_COMPLEX, when the limit is passed. */
export class WorkBudget {
  #used = 0;

  constructor(readonly limit: number) {}

  get used(): number {
    return this.#used;
  }

  /**
   * Draws `units` (relations visited) from the budget.
   * @throws QueryTooComplexError when the request has used more than `limit`.
   */
  spend(units = 1): void {
    this.#used += units;
    if (this.#used > this.limit) {
      throw new QueryTooComplexError(
        `this request visited more than ${this.limit} relations, its work budget; ask for a smaller depth, a shorter maxLength, fewer results or fewer relation types`,
        { workBudget: this.limit },
      );
    }
  }
}

/** A budget that never runs out, for callers that bound their work another way. */
export const UNLIMITED = new WorkBudget(Number.POSITIVE_INFINITY);
