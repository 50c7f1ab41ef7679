// The budgets every request draws on, shared by all of its fields: relations visited, time, and answer size.
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
  #bytes = 0;
  readonly #deadline: number;

  constructor(
    readonly limit: number,
    readonly timeoutMs = Number.POSITIVE_INFINITY,
    /** The most bytes of answer (strings and list items, roughly) a request may produce. */
    readonly maxBytes = Number.POSITIVE_INFINITY,
  ) {
    this.#deadline = performance.now() + timeoutMs;
  }

  /**
   * Counts `bytes` of answer: what a field returned. A tiny query can ask for a huge answer
   * (a long text under nested lists); this stops it before it is serialized.
   * @throws QueryTooComplexError past `maxBytes`.
   */
  produce(bytes: number): void {
    this.#bytes += bytes;
    if (this.#bytes > this.maxBytes) {
      throw new QueryTooComplexError(
        `this request's answer would be larger than ${this.maxBytes} bytes, its size budget; ask for fewer or smaller fields (source texts, exports) or fewer nested lists; whole-graph exports are at GET /export/graph.<format>`,
        { maxResponseBytes: this.maxBytes },
      );
    }
  }

  /** Milliseconds until the deadline: negative past it, infinite without a time budget. */
  get msLeft(): number {
    return this.#deadline - performance.now();
  }

  /** Bytes of answer the request may still produce before `produce` throws. */
  get bytesLeft(): number {
    return this.maxBytes - this.#bytes;
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
