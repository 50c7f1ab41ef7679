// The quote worker thread: indexes the source texts it starts with, then locates a batch of quotes in them.
import { parentPort, workerData } from 'node:worker_threads';
import { createQuoteLocator } from './locate-quote.ts';

/** What the worker is started with: the texts of the sources, in the order quotes refer to them. */
export interface QuoteWorkerData {
  texts: string[];
}

/** The quotes to locate: one string of them all, each one's length, and the index of its text. */
export interface QuoteBatch {
  quotes: string;
  lengths: Int32Array;
  textOf: Int32Array;
}

/** Where each quote starts in its text, -1 where it is not there; or why the worker could not say. */
export type QuoteAnswer = { ok: true; starts: Int32Array } | { ok: false; error: string };

if (!parentPort) throw new Error('quote-worker.ts runs as a worker thread; start it with locateQuotesInWorker()');
const port = parentPort;
// Indexed at once, while the loader reads and parses the relations.
const locators = (workerData as QuoteWorkerData).texts.map((text) => createQuoteLocator(text, { indexNow: true }));

port.once('message', ({ quotes, lengths, textOf }: QuoteBatch) => {
  let answer: QuoteAnswer;
  try {
    const starts = new Int32Array(lengths.length);
    let at = 0;
    for (let i = 0; i < lengths.length; i++) {
      const quote = quotes.slice(at, at + (lengths[i] as number));
      at += quote.length;
      const locate = locators[textOf[i] as number];
      if (!locate) throw new Error(`quote ${i} refers to text ${textOf[i]}, of ${locators.length}`);
      starts[i] = locate(quote)?.start ?? -1;
    }
    answer = { ok: true, starts };
  } catch (error) {
    answer = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(answer, answer.ok ? [answer.starts.buffer as ArrayBuffer] : []);
});
