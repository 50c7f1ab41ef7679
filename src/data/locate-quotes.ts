// Locating a load's quotes all at once: in-process, or in a worker thread that indexes the texts while the loader parses.
import type { Source } from '../model.ts';
import { startWorkerJob } from '../worker-job.ts';
import { createQuoteLocator } from './locate-quote.ts';
import type { QuoteAnswer, QuoteBatch, QuoteWorkerData } from './quote-worker.ts';

/** Where each quote starts in its source's text, -1 where it is not there; `sources[i]` is `quotes[i]`'s. */
export type LocateQuotes = (sources: readonly Source[], quotes: readonly string[]) => Promise<Int32Array>;

/** How often a start the quote worker gives is checked against its text (every quote's check took 0.4 s at 1M). */
const SPOT_CHECK_EVERY = 16;

/** The quote worker's entry point: plain JavaScript that registers tsx, then loads `quote-worker.ts`. */
export const QUOTE_WORKER_SCRIPT = new URL('./start-quote-worker.js', import.meta.url);

/**
 * Locates quotes in-process, with one locator per source, made on first use. For one load: a
 * locator's index is about the size of its text many times over, and must not outlive it.
 */
export function locateHere(): LocateQuotes {
  const locators = new Map<Source, ReturnType<typeof createQuoteLocator>>();
  return async (sources, quotes) => {
    const starts = new Int32Array(quotes.length);
    for (let i = 0; i < quotes.length; i++) {
      const source = sources[i] as Source;
      let locate = locators.get(source);
      if (!locate) {
        locate = createQuoteLocator(source.text);
        locators.set(source, locate);
      }
      starts[i] = locate(quotes[i] as string)?.start ?? -1;
    }
    return starts;
  };
}

/**
 * Locates one batch of quotes in a worker thread, started now with the texts of `sources` so
 * that it indexes them while the loader reads and parses the relations; the loader meanwhile
 * checks ids and references. One start in `SPOT_CHECK_EVERY` that the worker gives, the last
 * among them, is checked against its text. Should the worker fail, give starts that do not line
 * up, or be asked a second time, `fallback` locates the quotes in-process instead.
 * `stop` ends the worker (it also ends once it has answered).
 */
export function locateInWorker(
  sources: readonly Source[],
  fallback: LocateQuotes,
  script: URL = QUOTE_WORKER_SCRIPT,
): LocateQuotes & { stop(): void } {
  const data: QuoteWorkerData = { texts: sources.map((s) => s.text) };
  const job = startWorkerJob<QuoteAnswer>(script, 'the quote worker', data);
  const textIndex = new Map(sources.map((source, i) => [source, i]));
  let asked = false;
  const locate: LocateQuotes = async (quoteSources, quotes) => {
    if (asked || job.stopped) return fallback(quoteSources, quotes);
    asked = true;
    const lengths = new Int32Array(quotes.length);
    const textOf = new Int32Array(quotes.length);
    for (let i = 0; i < quotes.length; i++) {
      const index = textIndex.get(quoteSources[i] as Source);
      if (index === undefined) return fallback(quoteSources, quotes);
      lengths[i] = (quotes[i] as string).length;
      textOf[i] = index;
    }
    const batch: QuoteBatch = { quotes: quotes.join(''), lengths, textOf };
    job.post(batch, [lengths.buffer, textOf.buffer]);
    const answer = await job.answer.catch((error: Error) => ({ ok: false, error: error.message }) as const);
    if (!answer.ok || answer.starts.length !== quotes.length) return fallback(quoteSources, quotes);
    const { starts } = answer;
    // Spot checks: the worker runs the same locator as in-process, so what could go wrong is the
    // batch not lining up with the quotes, which every sample would show.
    for (let i = quotes.length - 1; i >= 0; i -= SPOT_CHECK_EVERY) {
      const start = starts[i] as number;
      if (start >= 0 && !(quoteSources[i] as Source).text.startsWith(quotes[i] as string, start)) {
        return fallback(quoteSources, quotes);
      }
    }
    return starts;
  };
  return Object.assign(locate, { stop: job.stop });
}
