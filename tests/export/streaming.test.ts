// Every writer streams the very document it wrote as one string before (tests/export/previous), in chunks within the bound.
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_CHUNK_SIZE, PAUSE, PAUSE_EVERY } from '../../src/export/chunks.ts';
import { exportChunks } from '../../src/export/export-graph.ts';
import {
  EXPORT_FORMATS,
  type ExportFilter,
  type ExportFormat,
  type ExportSelection,
  selectGraph,
} from '../../src/export/formats.ts';
import type { KnowledgeBase } from '../../src/graph/knowledge-base.ts';
import { realGraph } from '../helpers.ts';
import { syntheticKnowledgeBase, tinyKnowledgeBase, trickyKnowledgeBase } from './knowledge-bases.ts';
import { toCytoscape } from './previous/cytoscape.ts';
import { toGexf } from './previous/gexf.ts';
import { toGraphml } from './previous/graphml.ts';
import { toGraphology } from './previous/graphology.ts';
import { toTurtle } from './previous/turtle.ts';

const PREVIOUS: Record<ExportFormat, (selection: ExportSelection) => string> = {
  GEXF: toGexf,
  GRAPHML: toGraphml,
  GRAPHOLOGY: toGraphology,
  CYTOSCAPE: toCytoscape,
  TURTLE: toTurtle,
};

/** Filters that change what the writers must decide up front: only undirected edges, only directed ones, a date, nothing. */
const FILTERS: ExportFilter[] = [
  {},
  { types: ['ALLY'] },
  { types: ['LEADS', 'CONCERN'] },
  { asOf: { first: '2019-01-01', last: '2019-12-31' } },
  { types: ['ALLY'], asOf: { first: '1000-01-01', last: '1000-12-31' } },
];

function expectSameDocument(kb: KnowledgeBase, format: ExportFormat, filter: ExportFilter): string[] {
  const selection = selectGraph(kb, filter);
  const chunks = [...exportChunks(format, selection)];
  const joined = chunks.join('');
  const previous = PREVIOUS[format](selection);
  // Compared by length and by equality, so that a failure does not print two megabytes.
  expect(joined.length, `${format} ${JSON.stringify(filter)}`).toBe(previous.length);
  expect(joined === previous, `${format} ${JSON.stringify(filter)}: same text`).toBe(true);
  for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(EXPORT_CHUNK_SIZE);
  return chunks;
}

let synthetic: KnowledgeBase;
beforeAll(async () => {
  synthetic = await syntheticKnowledgeBase(1_500);
});

describe('exportChunks', () => {
  it.each(EXPORT_FORMATS)('writes %s as before on the real graph, whole and filtered', async (format) => {
    const kb = await realGraph();
    for (const filter of FILTERS) expectSameDocument(kb, format, filter);
  });

  it.each(EXPORT_FORMATS)('writes %s as before on the tiny graph and on text XML must escape', async (format) => {
    for (const kb of [await tinyKnowledgeBase(), await trickyKnowledgeBase()]) {
      for (const filter of FILTERS) expectSameDocument(kb, format, filter);
    }
  });

  it.each(EXPORT_FORMATS)('writes %s as before on a synthetic graph, in many chunks within the bound', (format) => {
    for (const filter of FILTERS) expectSameDocument(synthetic, format, filter);
    const chunks = expectSameDocument(synthetic, format, {});
    expect(chunks.length).toBeGreaterThan(5);
    // Full chunks but the last: small pieces are joined, not sent one by one.
    const lengths = chunks
      .slice(0, -1)
      .filter((c) => c !== PAUSE)
      .map((c) => c.length);
    expect(Math.min(...lengths)).toBeGreaterThan(EXPORT_CHUNK_SIZE / 2);
  });

  it('pauses now and then while GEXF and Turtle read the graph before they write', () => {
    for (const format of ['GEXF', 'TURTLE'] as const) {
      const chunks = [...exportChunks(format, selectGraph(synthetic))];
      const firstText = chunks.findIndex((c) => c !== PAUSE);
      expect(firstText, format).toBeGreaterThanOrEqual(Math.floor(synthetic.relationIds.length / PAUSE_EVERY));
    }
    expect([...exportChunks('GRAPHML', selectGraph(synthetic))].includes(PAUSE)).toBe(false);
  });
});
