// The budgets every request draws on, shared by all of its fields: relations visited, and time.
import { QueryTooComplexError, TimeoutError } from '../errors.ts';

/** How many units of work pass between two looks at the clock. */
const CLOCK_EVERY = 64;

/**
 * Counts relations visited (and fields resolved) and stops the work when either budget is
 * spent: QUERY_TOO_COMPLEX past `limit` relations, TIMEOUT past `timeoutMs` from creation.
 * Traversals charge it as they go, so no request holds the event loop past its budget.
 */
export class WorkBudget {
  #used = 0;
  #sinceClock = 0;
  readonly #deadline: number;

  constructor(
    readonly limit: number,
    readonly timeoutMs = Number.POSITIVE_INFINITY,
  ) {
    this.#deadline = performance.now() + timeoutMs;
  }

  get used(): number {
    return this.#used;
  }

  /**
   * Draws `units` (relations visited) from the budget.
   * @throws QueryTooComplexError past `limit`; TimeoutError past the deadline.
   */
  spend(units = 1): void {
    this.#used += units;
    if (this.#used > this.limit) {
      throw new QueryTooComplexError(
        `this request visited more than ${this.limit} relations, its work budget; ask for a smaller depth, a shorter maxLength, fewer results or fewer relation types`,
        { workBudget: this.limit },
      );
    }
    this.tick(units);
  }

  /**
   * Notes work that is not a relation visited (a field resolved), looking at the clock now and then.
   * @throws TimeoutError past the deadline.
   */
  tick(units = 1): void {
    this.#sinceClock += units;
    if (this.#sinceClock < CLOCK_EVERY) return;
    this.#sinceClock = 0;
    this.checkTime();
  }

  /** @throws TimeoutError past the deadline. */
  checkTime(): void {
    if (performance.now() > this.#deadline) throw new TimeoutError(this.timeoutMs);
  }
}

/** A budget that never runs out, for callers that bound their work another way. */
export const UNLIMITED = new WorkBudget(Number.POSITIVE_INFINITY);
