// The graph the server answers from, and its reloads: a failed reload keeps the last good graph; a good one swaps it whole.
// Each graph's metrics start computing as soon as it is loaded, and stop when it is replaced or the store is closed.
import { watch } from 'node:fs';
import { type LoadOptions, loadGraph } from '../data/load.ts';
import { type DataProblem, GraphDataError } from '../errors.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../graph/knowledge-base.ts';
import type { MetricsRunner } from '../graph/metrics-runner.ts';
import type { MetricsStatus } from '../graph/metrics-state.ts';

export interface ReloadOutcome {
  ok: boolean;
  at: string;
  /** Every problem that stopped a failed reload. */
  problems?: DataProblem[];
  /** What went wrong, when it was not a problem in the data (a file that cannot be read). */
  error?: string;
}

export interface GraphStore {
  /** The graph requests read now: read it once per request, so a request sees one graph. */
  readonly current: KnowledgeBase;
  readonly loadedAt: string;
  /** How many reloads succeeded since start. */
  readonly reloads: number;
  /** The last reload's outcome, when there was one. */
  readonly lastReload?: ReloadOutcome;
  /** Loads the directory again; on success swaps the graph, on failure keeps it. Never throws. */
  reload(): Promise<ReloadOutcome>;
  /** Reloads whenever a file under the directory changes, after `debounceMs` of quiet; returns a stop function. */
  watch(debounceMs: number, onReload: (outcome: ReloadOutcome) => void): () => void;
  /** Stops computing the current graph's metrics (terminates their worker), so the process can exit. */
  close(): void;
}

export interface GraphStoreOptions extends LoadOptions {
  /** How each graph's metrics are computed; default: as `createKnowledgeBase` does. */
  metrics?: MetricsRunner;
  /** Told when a graph's metrics are ready or failed (not when stopped); `kb` is the graph they belong to. */
  onMetrics?: (status: MetricsStatus, kb: KnowledgeBase) => void;
}

/**
 * Loads `dir` and keeps its graph. Reloads never overlap: a reload asked for while one runs
 * waits for it and then loads again, so the last change is always seen.
 * @throws GraphDataError when the first load fails: there is no good graph to keep serving.
 */
export async function createGraphStore(dir: string, options: GraphStoreOptions = {}): Promise<GraphStore> {
  const { metrics, onMetrics, ...loadOptions } = options;
  const load = async () => {
    const { data, graph } = await loadGraph(dir, loadOptions);
    const kb = createKnowledgeBase(data, { graph, metrics });
    kb.metrics().then(
      () => onMetrics?.(kb.metricsStatus, kb),
      () => {
        if (kb.metricsStatus.state === 'failed') onMetrics?.(kb.metricsStatus, kb);
      },
    );
    return kb;
  };
  let current = await load();
  let loadedAt = new Date().toISOString();
  let reloads = 0;
  let lastReload: ReloadOutcome | undefined;
  let running: Promise<ReloadOutcome> | undefined;
  let again = false;

  async function loadOnce(): Promise<ReloadOutcome> {
    const at = new Date().toISOString();
    try {
      const next = await load();
      const previous = current;
      current = next;
      previous.stopMetrics('replaced');
      loadedAt = at;
      reloads++;
      return { ok: true, at };
    } catch (error) {
      if (error instanceof GraphDataError) return { ok: false, at, problems: error.problems };
      return { ok: false, at, error: (error as Error).message };
    }
  }

  async function reload(): Promise<ReloadOutcome> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let outcome: ReloadOutcome;
      do {
        again = false;
        outcome = await loadOnce();
      } while (again);
      lastReload = outcome;
      running = undefined;
      return outcome;
    })();
    return running;
  }

  return {
    get current() {
      return current;
    },
    get loadedAt() {
      return loadedAt;
    },
    get reloads() {
      return reloads;
    },
    get lastReload() {
      return lastReload;
    },
    reload,
    watch(debounceMs, onReload) {
      let timer: NodeJS.Timeout | undefined;
      const watcher = watch(dir, { recursive: true }, () => {
        clearTimeout(timer);
        timer = setTimeout(() => void reload().then(onReload), debounceMs);
      });
      return () => {
        clearTimeout(timer);
        watcher.close();
      };
    },
    close() {
      current.stopMetrics('stopping');
    },
  };
}
