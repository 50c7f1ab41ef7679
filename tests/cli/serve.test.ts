// kg serve as a process: where it listens, reloads (SIGHUP, --watch) that never lose the graph, and a clean stop.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateGraphData } from '../../src/synth/generate.ts';
import { readTypeMix } from '../../src/synth/type-mix.ts';
import { copyTinyGraph, editJson } from '../helpers.ts';

interface Server {
  child: ChildProcessWithoutNullStreams;
  url: string;
  output: () => string;
  exit: Promise<number | null>;
}

const running: Server[] = [];
afterEach(() => {
  for (const { child } of running.splice(0)) child.kill('SIGKILL');
});

/** Starts `kg serve` on a free port and waits for the URL it prints. */
async function serve(args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<Server> {
  const child = spawn(process.execPath, ['bin/kg.js', 'serve', ...args], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /serving GraphQL at (http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    void exit.then((code) => reject(new Error(`kg serve exited with ${code}: ${output}`)));
  });
  const server = { child, url, output: () => output, exit };
  running.push(server);
  return server;
}

async function health(url: string) {
  return (await fetch(`${url}/health`)).json() as Promise<Record<string, unknown>>;
}

async function until(condition: () => Promise<boolean>, what: string, ms = 10_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('kg serve', { timeout: 30_000 }, () => {
  it('listens where PORT and HOST say and logs one JSON line per request, without quotes or variables', async () => {
    const server = await serve();
    // A graph this small gets its metrics in-process as it loads.
    expect(await health(server.url)).toMatchObject({
      status: 'ok',
      entities: 47,
      reloads: 0,
      metrics: { state: 'ready', ms: expect.any(Number) },
    });
    await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query Quotes($ref: String!) { entity(ref: $ref) { relations { evidence { quote } } } }',
        variables: { ref: 'Kishida' },
        operationName: 'Quotes',
      }),
    });
    await until(async () => server.output().includes('"operation":"Quotes"'), 'the request log line');
    const line = server
      .output()
      .split('\n')
      .find((l) => l.includes('"operation":"Quotes"')) as string;
    expect(JSON.parse(line)).toMatchObject({
      level: 30,
      msg: 'request',
      method: 'POST',
      path: '/graphql',
      status: 200,
      outcome: 'ok',
    });
    expect(typeof JSON.parse(line).durationMs).toBe('number');
    expect(server.output()).not.toContain('Kishida');
    expect(server.output()).not.toContain('leadership');
  });

  it('on SIGTERM lets a request in flight finish, then exits 0', async () => {
    const server = await serve();
    const { port } = new URL(server.url);
    const body = JSON.stringify({ query: '{ stats { entities } }' });
    const answer = new Promise<{ status?: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': body.length },
        },
        (res) => {
          let text = '';
          res.on('data', (c) => {
            text += c;
          });
          res.on('end', () => resolve({ status: res.statusCode, text }));
        },
      );
      req.on('error', reject);
      // Half the body now; SIGTERM arrives while the request is in flight; the rest after.
      req.write(body.slice(0, 10));
      setTimeout(() => {
        server.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 100);
    });
    expect(await answer).toEqual({ status: 200, text: '{"data":{"stats":{"entities":47}}}' });
    expect(await server.exit).toBe(0);
    expect(server.output()).toContain('SIGTERM: finishing requests in flight');
    expect(server.output()).toContain('stopped');
  });

  it('computes the metrics of a large graph in a worker: lookups answered meanwhile, metric fields and exports told to retry, and SIGTERM stops the worker', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-serve-metrics-'));
    // 20,000 relations: its metrics take seconds in the worker, far longer than the requests below.
    await generateGraphData(dir, { relations: 20_000, entities: 2_000, seed: 3, typeMix: await readTypeMix() });
    const server = await serve(['--data', dir], { KG_TIMEOUT_MS: '100' });
    expect((await health(server.url)).metrics).toMatchObject({ state: 'pending' });

    const query = async (q: string) =>
      (await fetch(`${server.url}/graphql?query=${encodeURIComponent(q)}`)).json() as Promise<{
        data?: unknown;
        errors?: { extensions: { code: string } }[];
      }>;
    expect(await query('{ stats { entities relations } }')).toEqual({
      data: { stats: { entities: 2000, relations: 20000 } },
    });
    expect((await query('{ communities { id } }')).errors?.[0]?.extensions).toEqual({
      code: 'METRICS_NOT_READY',
      retryAfterSeconds: 5,
    });
    const exported = await fetch(`${server.url}/export/graph.json`);
    expect([exported.status, exported.headers.get('retry-after')]).toEqual([503, '5']);
    expect((await health(server.url)).metrics).toMatchObject({ state: 'pending' });

    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);
    expect(server.output()).toContain('stopped');
    expect(server.output()).not.toContain('metrics ready');
    await rm(dir, { recursive: true, force: true });
  });

  it('on SIGHUP keeps serving the last good graph when graph-data is broken, reports it at /health, and swaps in a fixed one', async () => {
    const dir = await copyTinyGraph();
    const server = await serve(['--data', dir]);
    expect(await health(server.url)).toMatchObject({ entities: 5, reloads: 0 });

    const relations = join(dir, 'relations.json');
    const good = await readFile(relations, 'utf8');
    await writeFile(relations, good.replace('"to": "mu"', '"to": "muu"'));
    server.child.kill('SIGHUP');
    await until(async () => 'lastReload' in (await health(server.url)), 'the failed reload');
    const failed = await health(server.url);
    expect(failed).toMatchObject({ status: 'ok', entities: 5, reloads: 0, lastReload: { ok: false } });
    expect(JSON.stringify(failed.lastReload)).toContain('no entity has the id \\"muu\\"');
    expect(failed.warning).toMatch(/^the last reload failed; still serving the graph loaded at /);
    expect(server.output()).toContain('reload failed; still serving the last good graph');

    await writeFile(relations, good);
    await editJson(dir, 'entities.json', (file) => {
      file.entities.push({ id: 'hyperborea', name: 'Hyperborea', kind: 'COUNTRY', aliases: [] });
    });
    server.child.kill('SIGHUP');
    await until(async () => (await health(server.url)).entities === 6, 'the good reload');
    expect(await health(server.url)).toMatchObject({ status: 'ok', entities: 6, reloads: 1 });
    expect(await health(server.url)).not.toHaveProperty('lastReload');
  });

  it('with --watch reloads when a file changes', async () => {
    const dir = await copyTinyGraph();
    const server = await serve(['--watch', '--data', dir], { KG_RELOAD_DEBOUNCE_MS: '50' });
    await editJson(dir, 'entities.json', (file) => {
      file.entities[0].name = 'Atlantis Reborn';
    });
    await until(async () => (await health(server.url)).reloads === 1, 'the watched reload');
    const response = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('{ entity(ref: "atlantis") { name } }')}`,
    );
    expect(await response.json()).toEqual({ data: { entity: { name: 'Atlantis Reborn' } } });
  });

  it('refuses to start on broken graph-data, naming every problem, with exit 1', async () => {
    const dir = await copyTinyGraph();
    await editJson(dir, 'relations.json', (file) => {
      file.relations[0].type = 'FRIEND';
    });
    const child = spawn(process.execPath, ['bin/kg.js', 'serve', '--data', dir], {
      env: { ...process.env, PORT: '0' },
    });
    let stderr = '';
    child.stderr.on('data', (c) => {
      stderr += c;
    });
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(1);
    expect(stderr).toContain('$.relations[0].type: found "FRIEND"');
  });
});
