// One request to a worker thread and its one answer: started at once, sent its message later, stopped when done.
import { Worker } from 'node:worker_threads';

/** A worker thread asked one thing: it starts (loads its modules) as soon as the job is made. */
export interface WorkerJob<Answer> {
  /** Sends the worker its message (typed arrays in `transfer` move rather than copy). */
  post(message: unknown, transfer?: readonly ArrayBuffer[]): void;
  /**
   * Settles with the worker's answer, or rejects with an Error that says, in the words of
   * `what`, why there is none: it failed, exited, could not be read, or was stopped.
   */
  readonly answer: Promise<Answer>;
  readonly stopped: boolean;
  /** Terminates the worker; idempotent. */
  stop(): void;
}

/**
 * Starts `script` in a worker thread, with `workerData`, for one answer. The worker is
 * terminated once it has answered or failed, or when stopped; it never keeps the process alive.
 * @param what names the worker in error messages: "the metrics worker".
 */
export function startWorkerJob<Answer>(script: URL, what: string, workerData?: unknown): WorkerJob<Answer> {
  const worker = new Worker(script, { workerData });
  worker.unref();
  let stopped = false;
  const answer = new Promise<Answer>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('messageerror', (error) => reject(new Error(`${what}'s answer could not be read: ${error.message}`)));
    worker.once('error', (error) => reject(new Error(`${what} failed: ${error.message}`)));
    worker.once('exit', (code) =>
      reject(new Error(stopped ? `${what} was stopped` : `${what} exited with code ${code} before answering`)),
    );
  }).finally(() => void worker.terminate());
  // The worker may fail before anything awaits it; `answer` carries the failure.
  answer.catch(() => {});
  return {
    post: (message, transfer = []) => worker.postMessage(message, transfer),
    answer,
    get stopped() {
      return stopped;
    },
    stop() {
      stopped = true;
      void worker.terminate();
    },
  };
}
