// For the browser tests: the explorer built into a temporary directory, the real app serving it, and Debian's Chromium.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { DEFAULT_LIMITS } from '../../src/config.ts';
import type { KnowledgeBase } from '../../src/graph/knowledge-base.ts';
import { createApp } from '../../src/server/app.ts';
import { close, listen } from '../../src/server/listen.ts';

export const CHROMIUM = '/usr/bin/chromium';
const VITE_CONFIG = fileURLToPath(new URL('../../src/explorer/vite.config.ts', import.meta.url));

/** Builds the explorer with its own Vite config, into a fresh temporary directory. */
export async function buildExplorer(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'kg-explorer-'));
  await build({ configFile: VITE_CONFIG, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}

export interface ExplorerServer {
  url: string;
  /** Serves another knowledge base from the next request on (the app reads it per request). */
  use(kb: KnowledgeBase): void;
  close(): Promise<void>;
}

/** The real app on 127.0.0.1 at a free port, serving the explorer built in `explorerDir`. */
export async function serveExplorer(kb: KnowledgeBase, explorerDir: string): Promise<ExplorerServer> {
  let current = kb;
  const app = createApp({ knowledgeBase: () => current, limits: DEFAULT_LIMITS, explorerDir });
  const { server, url }: { server: Server; url: string } = await listen(app, 0, '127.0.0.1');
  return {
    url,
    use(next) {
      current = next;
    },
    close: async () => {
      await close(server, 500);
      await rm(explorerDir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless; never a downloaded browser. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing. The explorer's browser tests drive Debian's Chromium (they never download a browser): ` +
        '.ci/run must `apt-get install -y chromium` before `npm test`.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
