import { afterEach, describe, expect, it } from 'vitest';
import { LlmFailedError } from '../../src/errors.ts';
import type { ExtractedRelation } from '../../src/ingest/extraction.ts';
import { GATE_REASON_CODES, type GateReason } from '../../src/ingest/gate.ts';
import { extractWithLlm, type LlmProgress } from '../../src/ingest/llm/extract-with-llm.ts';
import { systemPrompt } from '../../src/ingest/llm/prompt.ts';
import { RESPONSE_FORMAT } from '../../src/ingest/llm/schema.ts';
import { llmConfigFromEnv } from '../../src/ingest/llm/settings.ts';
import type { Entity } from '../../src/model.ts';
import { chunkOf, type LlmServer, type Reply, startLlmServer } from './llm-server.ts';

const SOURCE = 'test-article';
const S1 = 'Japan and the Philippines signed a reciprocal\naccess agreement in Manila on Monday.';
const S2 =
  'Prime Minister Fumio Kishida said Tokyo was “deeply concerned” about China’s actions in the South China Sea.';
const P2 = 'The two countries pledged to deepen their defence partnership, officials said.';
const TEXT = `${S1} ${S2}\n\n${P2}`;

const KNOWN: Entity[] = [
  { id: 'japan', name: 'Japan', kind: 'COUNTRY', aliases: [] },
  { id: 'china', name: 'China', kind: 'COUNTRY', aliases: [] },
  { id: 'fumio-kishida', name: 'Fumio Kishida', kind: 'PERSON', aliases: [] },
  { id: 'germany', name: 'Germany', kind: 'COUNTRY', aliases: [] },
];

const ENTITIES = [
  { name: 'Japan', kind: 'COUNTRY', aliases: [] },
  { name: 'Philippines', kind: 'COUNTRY', aliases: [] },
  { name: 'Fumio Kishida', kind: 'PERSON', aliases: [] },
  { name: 'China', kind: 'COUNTRY', aliases: [] },
];
const AGREEMENT = {
  quote: 'Japan and the Philippines signed a reciprocal access agreement',
  subject: 'Japan',
  type: 'AGREEMENT',
  object: 'Philippines',
  confidence: 0.9,
};
const LEADS = {
  quote: 'Prime Minister Fumio Kishida said Tokyo',
  subject: 'Fumio Kishida',
  type: 'LEADS',
  object: 'Japan',
  confidence: 0.8,
};
const CONCERN = {
  quote: 'Tokyo was "deeply concerned" about China\'s  actions',
  subject: 'Japan',
  type: 'CONCERN',
  object: 'China',
  confidence: 0.95,
};

const PHILIPPINES: Entity = {
  id: 'philippines',
  name: 'Philippines',
  kind: 'COUNTRY',
  aliases: ['Republic of the Philippines', 'Repúblika ng Pilipinas', 'Manila'],
  description: 'Republic of the Philippines, a state in South-Eastern Asia.',
};

function relation(
  id: string,
  type: ExtractedRelation['type'],
  from: string,
  to: string,
  summary: string,
  confidence: number,
  quote: string,
): ExtractedRelation {
  const start = TEXT.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  return {
    id,
    type,
    from,
    to,
    summary,
    confidence,
    evidence: [{ source: SOURCE, quote }],
    start,
    end: start + quote.length,
  };
}

const AGREEMENT_KEPT = relation(
  'japan-agreement-philippines',
  'AGREEMENT',
  'japan',
  'philippines',
  'Japan and the Philippines have an agreement.',
  0.9,
  'Japan and the Philippines signed a reciprocal\naccess agreement',
);
const LEADS_KEPT = relation(
  'fumio-kishida-leads-japan',
  'LEADS',
  'fumio-kishida',
  'japan',
  'Fumio Kishida leads Japan.',
  0.8,
  'Prime Minister Fumio Kishida said Tokyo',
);
const CONCERN_KEPT = relation(
  'japan-concern-china',
  'CONCERN',
  'japan',
  'china',
  'Japan is concerned about China.',
  0.95,
  'Tokyo was “deeply concerned” about China’s actions',
);

function dropped(counts: Partial<Record<GateReason, number>> = {}): Record<GateReason, number> {
  return Object.fromEntries(GATE_REASON_CODES.map((r) => [r, counts[r] ?? 0])) as Record<GateReason, number>;
}

let server: LlmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(script: readonly Reply[] | Parameters<typeof startLlmServer>[0]): Promise<LlmServer> {
  server = await startLlmServer(script);
  return server;
}

function configFor(s: LlmServer, env: Record<string, string> = {}) {
  return llmConfigFromEnv({ KG_LLM_BASE_URL: s.url, KG_LLM_MODEL: 'test-model', KG_LLM_MAX_RETRIES: '1', ...env });
}

describe('extractWithLlm against an OpenAI-compatible server', () => {
  it('turns a good answer into entities and relations with verbatim quotes and offsets', async () => {
    const s = await serve([{ content: { entities: ENTITIES, relations: [AGREEMENT, LEADS, CONCERN] } }]);
    const progress: LlmProgress[] = [];
    const { extraction, report } = await extractWithLlm({
      sourceId: SOURCE,
      text: TEXT,
      known: KNOWN,
      config: configFor(s),
      onProgress: (p) => progress.push(p),
    });
    expect(extraction).toEqual({ entities: [PHILIPPINES], relations: [AGREEMENT_KEPT, LEADS_KEPT, CONCERN_KEPT] });
    for (const r of extraction.relations) expect(TEXT.slice(r.start, r.end)).toBe(r.evidence[0]?.quote);
    expect(report).toEqual({
      endpoint: s.url,
      model: 'test-model',
      chunks: 1,
      requests: 1,
      retries: 0,
      failedChunks: [],
      tokens: { prompt: 100, completion: 20, total: 120 },
      entities: { proposed: 1, kept: 1 },
      relations: { proposed: 3, kept: 3, merged: 0, dropped: dropped() },
      drops: [],
    });
    expect(progress).toEqual([{ chunk: 1, chunks: 1, ok: true }]);
  });

  it('drops an invented quote, counts it, and keeps it out of the result', async () => {
    const invented = { ...AGREEMENT, type: 'ALLY', quote: 'Japan and the Philippines are treaty allies' };
    const s = await serve([{ content: { entities: ENTITIES, relations: [AGREEMENT, invented] } }]);
    const { extraction, report } = await extractWithLlm({
      sourceId: SOURCE,
      text: TEXT,
      known: KNOWN,
      config: configFor(s),
    });
    expect(extraction.relations).toEqual([AGREEMENT_KEPT]);
    expect(JSON.stringify(extraction)).not.toContain('treaty allies');
    expect(report.relations).toEqual({ proposed: 2, kept: 1, merged: 0, dropped: dropped({ 'quote-not-found': 1 }) });
    expect(report.drops).toEqual([
      {
        reason: 'quote-not-found',
        detail: '"Japan and the Philippines are treaty allies" is not in the text of test-article',
      },
    ]);
  });

  it('repairs curly quotes and extra spaces to the span of the text', async () => {
    const s = await serve([{ content: { entities: ENTITIES, relations: [CONCERN] } }]);
    const { extraction } = await extractWithLlm({ sourceId: SOURCE, text: TEXT, known: KNOWN, config: configFor(s) });
    expect(extraction.relations).toEqual([CONCERN_KEPT]);
    expect(extraction.relations[0]?.evidence[0]?.quote).toBe('Tokyo was “deeply concerned” about China’s actions');
  });

  it('drops a relation of a type outside the contract', async () => {
    const friend = { ...AGREEMENT, type: 'FRIEND' };
    const partner = { ...AGREEMENT, type: 'PARTNER' };
    const s = await serve([{ content: { entities: ENTITIES, relations: [friend, partner, LEADS] } }]);
    const { extraction, report } = await extractWithLlm({
      sourceId: SOURCE,
      text: TEXT,
      known: KNOWN,
      config: configFor(s),
    });
    expect(extraction).toEqual({ entities: [PHILIPPINES], relations: [LEADS_KEPT] });
    const types = 'use one of ALLY, RIVAL, AGREEMENT, CONCERN, MEMBER_OF, LEADS, SUPPORTS, OPPOSES';
    expect(report.drops).toEqual([
      { reason: 'unknown-type', detail: `"FRIEND" is not a relation type; ${types}` },
      { reason: 'unknown-type', detail: `"PARTNER" is not a relation type; ${types}` },
    ]);
    expect(report.relations.dropped).toEqual(dropped({ 'unknown-type': 2 }));
  });

  it('drops a relation naming an entity it cannot place, or one entity twice', async () => {
    const unplaced = { ...AGREEMENT, object: 'Blue Team' };
    const self = { ...LEADS, subject: 'Tokyo' };
    const s = await serve([{ content: { entities: ENTITIES, relations: [unplaced, self, CONCERN] } }]);
    const { extraction, report } = await extractWithLlm({
      sourceId: SOURCE,
      text: TEXT,
      known: KNOWN,
      config: configFor(s),
    });
    expect(extraction).toEqual({ entities: [PHILIPPINES], relations: [CONCERN_KEPT] });
    expect(report.drops).toEqual([
      { reason: 'unknown-entity', detail: '"Blue Team" is not an entity known or proposed for test-article' },
      { reason: 'self-relation', detail: 'LEADS from japan to itself' },
    ]);
  });

  it('reuses known entities named by surname, capital or demonym, and lists those the chunk names', async () => {
    const s = await serve([
      {
        content: {
          entities: [
            { name: 'Kishida', kind: 'PERSON', aliases: [] },
            { name: 'Tokyo', kind: 'COUNTRY', aliases: [] },
            { name: 'Chinese', kind: 'COUNTRY', aliases: [] },
          ],
          relations: [
            { ...LEADS, subject: 'Kishida', object: 'Tokyo' },
            { ...CONCERN, subject: 'Tokyo', object: 'Chinese' },
          ],
        },
      },
    ]);
    const { extraction, report } = await extractWithLlm({
      sourceId: SOURCE,
      text: TEXT,
      known: KNOWN,
      config: configFor(s),
    });
    expect(extraction).toEqual({ entities: [], relations: [LEADS_KEPT, CONCERN_KEPT] });
    expect(report.entities).toEqual({ proposed: 0, kept: 0 });
    expect(s.received[0]?.body.messages[1]).toEqual({
      role: 'user',
      content: [
        'Known entities named in this text:',
        '- Japan (COUNTRY)',
        '- Fumio Kishida (PERSON)',
        '- China (COUNTRY)',
        '',
        'Text:',
        '"""',
        TEXT,
        '"""',
      ].join('\n'),
    });
  });

  it('sends the model, the strict schema, the prompt and the API key', async () => {
    const s = await serve([{ content: { entities: [], relations: [] } }]);
    await extractWithLlm({
      sourceId: SOURCE,
      text: TEXT,
      known: [],
      config: configFor(s, { KG_LLM_API_KEY: 'sk-test-123' }),
    });
    const [request] = s.received;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.headers.authorization).toBe('Bearer sk-test-123');
    expect(request?.body.model).toBe('test-model');
    expect(request?.body.temperature).toBe(0);
    expect(request?.body.response_format).toEqual(JSON.parse(JSON.stringify(RESPONSE_FORMAT)));
    expect(request?.body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'knowledge_graph_extraction', strict: true },
    });
    expect(request?.body.messages).toEqual([
      { role: 'system', content: systemPrompt() },
      { role: 'user', content: `Text:\n"""\n${TEXT}\n"""` },
    ]);
  });

  it('sends a placeholder key to a local server that needs none', async () => {
    const s = await serve([{ content: { entities: [], relations: [] } }]);
    await extractWithLlm({ sourceId: SOURCE, text: TEXT, known: [], config: configFor(s) });
    expect(s.received[0]?.headers.authorization).toBe('Bearer no-key');
  });
});

describe('retries and failures', () => {
  const A = 'Japan and the Philippines signed a reciprocal access agreement in Manila.';
  const B = 'China criticised the agreement, and Beijing said it opposes Japan in the region.';
  const TWO = `${A}\n\n${B}`;
  const OPPOSES = {
    quote: 'Beijing said it opposes Japan',
    subject: 'China',
    type: 'OPPOSES',
    object: 'Japan',
    confidence: 0.7,
  };
  const GOOD_B: Reply = { content: { entities: ENTITIES, relations: [OPPOSES] } };
  const OPPOSES_KEPT: ExtractedRelation = {
    id: 'china-opposes-japan',
    type: 'OPPOSES',
    from: 'china',
    to: 'japan',
    summary: 'China opposes Japan.',
    confidence: 0.7,
    evidence: [{ source: SOURCE, quote: 'Beijing said it opposes Japan' }],
    start: TWO.indexOf('Beijing said'),
    end: TWO.indexOf('Beijing said') + 'Beijing said it opposes Japan'.length,
  };
  const twoChunks = { KG_LLM_CHUNK_CHARS: '100', KG_LLM_CHUNK_OVERLAP_CHARS: '0' };

  it('re-asks after malformed JSON, saying what was wrong, within the retry bound', async () => {
    const s = await serve([{ content: '{"entities": [' }, { content: { entities: ENTITIES, relations: [AGREEMENT] } }]);
    const { extraction, report } = await extractWithLlm({
      sourceId: SOURCE,
      text: TEXT,
      known: KNOWN,
      config: configFor(s),
    });
    expect(extraction.relations).toEqual([AGREEMENT_KEPT]);
    expect({ requests: report.requests, retries: report.retries, failed: report.failedChunks }).toEqual({
      requests: 2,
      retries: 1,
      failed: [],
    });
    expect(report.tokens).toEqual({ prompt: 200, completion: 40, total: 240 });
    expect(s.received[1]?.body.messages[2]).toEqual({
      role: 'user',
      content:
        'Your previous answer could not be used: the answer is not JSON (Unexpected end of JSON input). Answer again with the JSON object of the schema only.',
    });
  });

  it('counts a chunk whose answers stay malformed as failed, and goes on with the next', async () => {
    const s = await serve([{ content: '{"entities": [' }, { content: { entities: 'none' } }, GOOD_B]);
    const { extraction, report } = await extractWithLlm({
      sourceId: SOURCE,
      text: TWO,
      known: KNOWN,
      config: configFor(s, twoChunks),
    });
    expect(s.received.map(chunkOf)).toEqual([A, A, B]);
    expect(extraction.relations).toEqual([OPPOSES_KEPT]);
    expect(report.failedChunks).toEqual([
      {
        chunk: 1,
        start: 0,
        end: A.length,
        reason: 'the answer is not of the schema: entities: Invalid input: expected array, received string',
        requests: 2,
      },
    ]);
    expect({ chunks: report.chunks, requests: report.requests, retries: report.retries }).toEqual({
      chunks: 2,
      requests: 3,
      retries: 1,
    });
  });

  it('throws a user error naming the endpoint when every chunk fails', async () => {
    const s = await serve([{ content: 'not json' }, { content: 'not json' }]);
    const error = await extractWithLlm({ sourceId: SOURCE, text: TEXT, known: KNOWN, config: configFor(s) }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LlmFailedError);
    expect((error as LlmFailedError).message).toBe(
      `the language model test-model at ${s.url} gave no usable answer: the answer is not JSON (Unexpected token 'o', "not json" is not valid JSON); check that the server is up and serves that model (KG_LLM_BASE_URL, KG_LLM_MODEL), or ingest with the rules extractor`,
    );
  });

  it('waits as a 429 says in Retry-After, then succeeds', async () => {
    const s = await serve([
      { status: 429, headers: { 'retry-after': '1' }, body: { error: { message: 'slow down' } } },
      { content: { entities: ENTITIES, relations: [AGREEMENT] } },
    ]);
    const started = Date.now();
    const { extraction, report } = await extractWithLlm({
      sourceId: SOURCE,
      text: TEXT,
      known: KNOWN,
      config: configFor(s),
    });
    // The client's own first backoff is at most 500 ms: a wait of a second is the server's.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(extraction.relations).toEqual([AGREEMENT_KEPT]);
    expect({ requests: report.requests, retries: report.retries, failed: report.failedChunks }).toEqual({
      requests: 2,
      retries: 1,
      failed: [],
    });
  });

  it('gives up on a chunk that times out, without hanging, and goes on', async () => {
    const s = await serve([{ hang: true }, GOOD_B]);
    const started = Date.now();
    const { extraction, report } = await extractWithLlm({
      sourceId: SOURCE,
      text: TWO,
      known: KNOWN,
      config: configFor(s, { ...twoChunks, KG_LLM_TIMEOUT_MS: '300', KG_LLM_MAX_RETRIES: '0' }),
    });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(extraction.relations).toEqual([OPPOSES_KEPT]);
    expect(report.failedChunks).toEqual([
      { chunk: 1, start: 0, end: A.length, reason: 'no answer within 300 ms (KG_LLM_TIMEOUT_MS)', requests: 1 },
    ]);
    expect({ requests: report.requests, retries: report.retries }).toEqual({ requests: 2, retries: 0 });
  });

  it('retries a timeout within the bound, then throws', async () => {
    const s = await serve([{ hang: true }, { hang: true }]);
    const config = configFor(s, { KG_LLM_TIMEOUT_MS: '200' });
    const error = await extractWithLlm({ sourceId: SOURCE, text: TEXT, known: KNOWN, config }).catch((e) => e);
    expect(error).toBeInstanceOf(LlmFailedError);
    expect((error as LlmFailedError).reason).toBe('no answer within 200 ms (KG_LLM_TIMEOUT_MS)');
    expect(s.received).toHaveLength(2);
  });
});

describe('long texts', () => {
  const P = [
    'Japan and Australia held their annual security talks in Canberra on Tuesday.',
    'Australia and Japan are close allies, the two defence ministers said afterwards.',
    'Japan and Australia remain allies in an uncertain region, officials in Tokyo added.',
    'China criticised the talks and said it opposes any bloc confrontation in Asia.',
  ];
  const LONG = P.join('\n\n');
  const known: Entity[] = [
    { id: 'japan', name: 'Japan', kind: 'COUNTRY', aliases: [] },
    { id: 'australia', name: 'Australia', kind: 'COUNTRY', aliases: [] },
  ];
  const quotes = [
    { quote: 'Australia and Japan are close allies', subject: 'Australia', object: 'Japan' },
    { quote: 'Japan and Australia remain allies', subject: 'Japan', object: 'Australia' },
  ];

  it('splits at paragraphs with overlap, shows the server each chunk, and merges what two chunks found', async () => {
    for (const p of P) expect(p.length).toBeGreaterThanOrEqual(70);
    for (const p of P) expect(p.length).toBeLessThanOrEqual(90);
    const s = await serve((request) => {
      const chunk = chunkOf(request);
      const relations = quotes
        .filter((q) => chunk.includes(q.quote))
        .map((q) => ({ ...q, type: 'ALLY', confidence: 0.9 }));
      return { content: { entities: [], relations } };
    });
    const { extraction, report } = await extractWithLlm({
      sourceId: SOURCE,
      text: LONG,
      known,
      config: configFor(s, { KG_LLM_CHUNK_CHARS: '200', KG_LLM_CHUNK_OVERLAP_CHARS: '100' }),
    });
    expect(s.received.map(chunkOf)).toEqual([`${P[0]}\n\n${P[1]}`, `${P[1]}\n\n${P[2]}`, `${P[2]}\n\n${P[3]}`]);
    const first = LONG.indexOf(quotes[0]?.quote ?? '');
    expect(extraction.relations).toEqual([
      {
        id: 'australia-ally-japan',
        type: 'ALLY',
        from: 'australia',
        to: 'japan',
        summary: 'Australia and Japan are allies.',
        confidence: 0.9,
        evidence: [
          { source: SOURCE, quote: 'Australia and Japan are close allies' },
          { source: SOURCE, quote: 'Japan and Australia remain allies' },
        ],
        start: first,
        end: first + 'Australia and Japan are close allies'.length,
      },
    ]);
    expect(report.chunks).toBe(3);
    expect(report.relations).toEqual({ proposed: 4, kept: 1, merged: 3, dropped: dropped() });
  });
});
