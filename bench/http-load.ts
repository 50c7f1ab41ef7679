// The load generator, run as its own process so that it does not share a core with the server: autocannon, with our own latency record.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { summarize, type Timing } from './measure.ts';

/** What to send: POST bodies taken in turn, or a GET. */
export interface LoadConfig {
  url: string;
  path: string;
  method: 'GET' | 'POST';
  bodies: string[];
  seconds: number;
  warmupSeconds: number;
  connections: number;
  /** Stop after this many requests, when fewer than `seconds` allow (large responses). */
  maxRequests?: number;
}

interface Instance {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
interface RequestSpec {
  method: string;
  path: string;
  headers?: Record<string, string>;
  setupRequest?: (request: { body?: string }) => { body?: string };
  onResponse?: (status: number, body: string) => void;
}
type Autocannon = (
  options: {
    url: string;
    connections: number;
    duration?: number;
    amount?: number;
    requests: RequestSpec[];
    timeout?: number;
  },
  done: (error: Error | null, result: { errors: number; timeouts: number; non2xx: number }) => void,
) => Instance;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** Codes the app answers errors with, read from a JSON body without parsing a large one. */
const CODE = /"code":"([A-Z_]+)"/;

async function run(config: LoadConfig, seconds: number, record: boolean): Promise<Timing & { failures: number }> {
  let turn = 0;
  const samples: number[] = [];
  const outcomes: Record<string, number> = {};
  const request: RequestSpec = {
    method: config.method,
    path: config.path,
    ...(config.method === 'POST'
      ? {
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          setupRequest: (req) => ({ ...req, body: config.bodies[turn++ % config.bodies.length] }),
          // Only GraphQL answers carry error codes; reading large export bodies would slow the client down.
          onResponse: (status, body) => {
            if (!record) return;
            const code = status !== 200 ? `HTTP_${status}` : (CODE.exec(body.slice(0, 100_000))?.[1] ?? 'ok');
            outcomes[code] = (outcomes[code] ?? 0) + 1;
          },
        }
      : {}),
  };
  const began = performance.now();
  let failures = 0;
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon(
      {
        url: config.url,
        connections: config.connections,
        ...(config.maxRequests ? { amount: config.maxRequests } : {}),
        duration: seconds,
        requests: [request],
        timeout: 30,
      },
      (error, result) => {
        if (error) reject(error);
        failures = result.errors + result.timeouts;
        resolve();
      },
    );
    instance.on('response', (_, status, ___, ms) => {
      if (!record) return;
      samples.push(ms);
      if (config.method === 'GET') {
        const code = status === 200 ? 'ok' : `HTTP_${status}`;
        outcomes[code] = (outcomes[code] ?? 0) + 1;
      }
    });
  });
  return { ...summarize(samples, outcomes, performance.now() - began), failures };
}

const config = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as LoadConfig;
if (config.warmupSeconds > 0) await run(config, config.warmupSeconds, false);
process.stdout.write(`${JSON.stringify(await run(config, config.seconds, true))}\n`);
