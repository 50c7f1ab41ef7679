// GET /export/graph.<format> streams: written as it is read, stopped when the client goes away, cut short when it fails.
import { get } from 'node:http';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config.ts';
import { EXPORT_CHUNK_SIZE } from '../../src/export/chunks.ts';
import { exportSelection } from '../../src/export/export-graph.ts';
import { selectGraph } from '../../src/export/formats.ts';
import type { KnowledgeBase } from '../../src/graph/knowledge-base.ts';
import { type App, createApp } from '../../src/server/app.ts';
import { close, listen } from '../../src/server/listen.ts';
import { bulkyKnowledgeBase, counted, syntheticKnowledgeBase } from '../export/knowledge-bases.ts';

interface LogRecord {
  level: number;
  msg: string;
  path?: string;
  sentBytes?: number;
}

/** A logger whose records the test reads, and a way to wait for the first with a message. */
function capturingLogger() {
  const records: LogRecord[] = [];
  const waiting: { msg: string; resolve: (record: LogRecord) => void }[] = [];
  const stream = new Writable({
    write(line: Buffer, _, done) {
      const record = JSON.parse(line.toString('utf8')) as LogRecord;
      records.push(record);
      for (const w of waiting.filter((w) => w.msg === record.msg)) w.resolve(record);
      done();
    },
  });
  const logger = pino({ level: 'info' }, stream);
  const logged = (msg: string) =>
    new Promise<LogRecord>((resolve) => {
      const found = records.find((r) => r.msg === msg);
      if (found) resolve(found);
      else waiting.push({ msg, resolve });
    });
  return { logger, records, logged };
}

function appOn(kb: KnowledgeBase, logger = capturingLogger().logger): App {
  return createApp({ knowledgeBase: () => kb, limits: DEFAULT_LIMITS, logger });
}

let synthetic: KnowledgeBase;
beforeAll(async () => {
  synthetic = await syntheticKnowledgeBase(1_500);
});

describe('/export/graph.<format> streams', () => {
  it('writes the body as it is read: the first chunk comes before the relations are all read', async () => {
    const { kb, relationsRead } = counted(synthetic);
    const response = await appOn(kb).fetch('http://localhost/export/graph.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBeNull();
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(first.value?.byteLength).toBeGreaterThan(0);
    expect(relationsRead()).toBeLessThan(kb.relationIds.length / 2);
    const parts = [first.value as Uint8Array];
    for (let next = await reader.read(); !next.done; next = await reader.read()) parts.push(next.value);
    expect(parts.length).toBeGreaterThan(5);
    expect(parts.every((p) => p.byteLength > 0)).toBe(true);
    expect(Math.max(...parts.map((p) => p.byteLength))).toBeLessThanOrEqual(3 * EXPORT_CHUNK_SIZE);
    expect(Buffer.concat(parts).toString('utf8')).toBe(exportSelection('GRAPHOLOGY', selectGraph(synthetic)));
    expect(relationsRead()).toBeGreaterThanOrEqual(kb.relationIds.length);
  });

  it('sends no empty chunk while a writer pauses to read the graph first', async () => {
    const response = await appOn(synthetic).fetch('http://localhost/export/graph.gexf');
    const parts: Uint8Array[] = [];
    for await (const part of response.body as unknown as AsyncIterable<Uint8Array>) parts.push(part);
    expect(parts.every((p) => p.byteLength > 0)).toBe(true);
    expect(Buffer.concat(parts).toString('utf8')).toBe(exportSelection('GEXF', selectGraph(synthetic)));
  });

  it('stops writing when the client cancels the body, and says so in the log', async () => {
    const { kb, relationsRead } = counted(synthetic);
    const { logger, logged } = capturingLogger();
    const response = await appOn(kb, logger).fetch('http://localhost/export/graph.ttl');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const { value } = await reader.read();
    await reader.cancel();
    const record = await logged('export stopped: the client went away');
    expect(record).toMatchObject({ path: '/export/graph.ttl', sentBytes: expect.any(Number) });
    expect(record.sentBytes).toBeGreaterThanOrEqual(value?.byteLength ?? 0);
    expect(relationsRead()).toBeLessThan(kb.relationIds.length / 2);
  });

  it('stops writing when the request is aborted', async () => {
    const { logger, logged } = capturingLogger();
    const abort = new AbortController();
    const response = await appOn(synthetic, logger).fetch('http://localhost/export/graph.gexf', {
      signal: abort.signal,
    });
    await (response.body as ReadableStream<Uint8Array>).getReader().read();
    abort.abort();
    expect(await logged('export stopped: the client went away')).toMatchObject({ path: '/export/graph.gexf' });
  });

  it('cuts the response short and logs the error when the writer fails', async () => {
    const { logger, records } = capturingLogger();
    let reads = 0;
    const failing = Object.create(synthetic, {
      graph: {
        value: new Proxy(synthetic.graph, {
          get(target, key) {
            if (key === 'getEdgeAttributes' && ++reads > 200) throw new Error('the disk caught fire');
            return Reflect.get(target, key);
          },
        }),
      },
    }) as KnowledgeBase;
    const response = await appOn(failing, logger).fetch('http://localhost/export/graph.cyjs');
    expect(response.status).toBe(200);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const read = async () => {
      while (!(await reader.read()).done);
    };
    await expect(read()).rejects.toThrow('the export at /export/graph.cyjs failed; see the server log');
    expect(records.find((r) => r.level === 50)).toMatchObject({
      msg: 'export failed while streaming; the response was cut short',
      path: '/export/graph.cyjs',
    });
  });
});

describe('/export/graph.<format> over a socket', () => {
  let server: Awaited<ReturnType<typeof listen>>;
  const { logger, logged } = capturingLogger();
  let kb: KnowledgeBase;
  beforeAll(async () => {
    // Far more than the socket buffers hold, so the export cannot be all sent before the client leaves.
    kb = await bulkyKnowledgeBase(40_000_000);
    server = await listen(appOn(kb, logger), 0, '127.0.0.1');
  });
  afterAll(() => close(server.server, 100));

  it('stops writing when the client goes away mid-body', async () => {
    await new Promise<void>((resolve, reject) => {
      const request = get(`${server.url}/export/graph.graphml`, (response) => {
        expect(response.statusCode).toBe(200);
        expect(response.headers['transfer-encoding']).toBe('chunked');
        // Leave without reading the body.
        request.destroy();
        resolve();
      });
      request.on('error', (error) => {
        if (!request.destroyed) reject(error);
      });
    });
    const record = await logged('export stopped: the client went away');
    expect(record.path).toBe('/export/graph.graphml');
    expect(record.sentBytes).toBeLessThan(20_000_000);
  });
});
