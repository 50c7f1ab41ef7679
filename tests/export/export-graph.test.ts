import { describe, expect, it } from 'vitest';
import { joinChunks } from '../../src/export/chunks.ts';
import { exportSelection, graphExport } from '../../src/export/export-graph.ts';
import { EXPORT_FORMATS, type ExportFilter, type ExportFormat, selectGraph } from '../../src/export/formats.ts';
import type { KnowledgeBase } from '../../src/graph/knowledge-base.ts';
import { realGraph } from '../helpers.ts';
import { syntheticKnowledgeBase, tinyKnowledgeBase } from './knowledge-bases.ts';

describe('selectGraph', () => {
  it('selects the whole graph without types', async () => {
    const kb = await tinyKnowledgeBase();
    for (const types of [undefined, null, []]) {
      expect(selectGraph(kb, { types })).toEqual({ kb, entities: kb.entityIds, relations: kb.relationIds });
    }
  });

  it('selects only the relations of the types, and only the entities they join', async () => {
    const kb = await tinyKnowledgeBase();
    expect(selectGraph(kb, { types: ['ALLY'] })).toEqual({
      kb,
      entities: ['atlantis', 'lemuria'],
      relations: ['atlantis-ally-lemuria'],
    });
    expect(selectGraph(kb, { types: ['LEADS', 'CONCERN'] })).toEqual({
      kb,
      entities: ['atlantis', 'king-arlo', 'mu'],
      relations: ['atlantis-concern-mu', 'king-arlo-leads-atlantis'],
    });
  });

  it('on the real graph, keeps every relation of the types and no entity they leave out', async () => {
    const kb = await realGraph();
    const { entities, relations } = selectGraph(kb, { types: ['ALLY', 'RIVAL'] });
    const wanted = kb.relationIds.filter((id) => ['ALLY', 'RIVAL'].includes(kb.graph.getEdgeAttribute(id, 'relation')));
    expect(relations).toEqual(wanted);
    expect(entities).toEqual([...new Set(wanted.flatMap((id) => kb.graph.extremities(id)))].sort());
    expect(entities.length).toBeLessThan(kb.entityIds.length);
  });
});

/** Plenty: every export of the tiny graph fits many times over. */
const ROOMY = 10_000_000;

/** A whole-graph export, read to its end. */
const read = (kb: KnowledgeBase, format: ExportFormat, filter: ExportFilter = {}, cacheMaxBytes = ROOMY) =>
  joinChunks(graphExport(kb, format, filter, cacheMaxBytes).chunks());

describe('graphExport', () => {
  it('writes what exportSelection writes, in every format', async () => {
    const kb = await tinyKnowledgeBase();
    for (const format of EXPORT_FORMATS) {
      expect(read(kb, format, { types: ['ALLY'] })).toBe(exportSelection(format, selectGraph(kb, { types: ['ALLY'] })));
    }
  });

  it('keeps an export that fits in the cache: a later change to the graph does not show', async () => {
    const kb = await tinyKnowledgeBase();
    const first = read(kb, 'CYTOSCAPE');
    kb.graph.setNodeAttribute('atlantis', 'name', 'Renamed');
    expect(read(kb, 'CYTOSCAPE')).toBe(first);
    expect(exportSelection('CYTOSCAPE', selectGraph(kb))).toContain('Renamed');
  });

  it('caches by the set of types, whatever their order or repeats', async () => {
    const kb = await tinyKnowledgeBase();
    const first = read(kb, 'GRAPHML', { types: ['LEADS', 'ALLY'] });
    kb.graph.setNodeAttribute('atlantis', 'name', 'Renamed');
    expect(read(kb, 'GRAPHML', { types: ['ALLY', 'LEADS', 'ALLY'] })).toBe(first);
    expect(read(kb, 'GRAPHML', { types: ['ALLY'] })).toContain('Renamed');
  });

  it('serves the same chunks from the cache as it writes afresh, in every format', async () => {
    const synthetic = await syntheticKnowledgeBase(600);
    for (const format of EXPORT_FORMATS) {
      const fresh = [...graphExport(synthetic, format, {}, 1).chunks()];
      const written = [...graphExport(synthetic, format, {}, ROOMY).chunks()];
      const cached = [...graphExport(synthetic, format, {}, ROOMY).chunks()];
      expect(fresh.length).toBeGreaterThan(1);
      expect(cached).toEqual(fresh);
      expect(written).toEqual(fresh);
    }
  });

  it('writes afresh each time an export larger than the cache: a change shows', async () => {
    const kb = await tinyKnowledgeBase();
    const bytes = Buffer.byteLength(read(kb, 'GEXF', {}, 1));
    read(kb, 'GEXF', {}, bytes / 2);
    kb.graph.setNodeAttribute('atlantis', 'name', 'Renamed');
    expect(read(kb, 'GEXF', {}, bytes / 2)).toContain('Renamed');
  });

  it('holds at most the limit in all, dropping the least recently used export first', async () => {
    const kb = await tinyKnowledgeBase();
    const limit =
      1.5 * Math.max(Buffer.byteLength(read(kb, 'GEXF', {}, 1)), Buffer.byteLength(read(kb, 'GRAPHML', {}, 1)));
    read(kb, 'GEXF', {}, limit);
    read(kb, 'GRAPHML', {}, limit);
    kb.graph.setNodeAttribute('atlantis', 'name', 'Renamed');
    expect(read(kb, 'GRAPHML', {}, limit)).not.toContain('Renamed');
    expect(read(kb, 'GEXF', {}, limit)).toContain('Renamed');
  });

  it('keeps nothing of an export whose reader stopped early', async () => {
    const kb = await syntheticKnowledgeBase(600);
    const chunks = graphExport(kb, 'GRAPHOLOGY', {}, ROOMY).chunks();
    chunks.next();
    chunks.return();
    const [first] = kb.entityIds;
    kb.graph.setNodeAttribute(first as string, 'name', 'Renamed');
    expect(read(kb, 'GRAPHOLOGY')).toContain('Renamed');
  });

  it('names the loaded graph, the format and the filter in the ETag, without writing anything', async () => {
    const kb = await tinyKnowledgeBase();
    const etag = (format: ExportFormat, filter: ExportFilter = {}, on = kb) => graphExport(on, format, filter).etag;
    expect(etag('GEXF')).toMatch(/^"[\w-]{27}"$/);
    expect(etag('GEXF', { types: ['ALLY', 'LEADS'] })).toBe(etag('GEXF', { types: ['LEADS', 'ALLY', 'LEADS'] }));
    const all = new Set([
      etag('GEXF'),
      etag('GRAPHML'),
      etag('GEXF', { types: ['ALLY'] }),
      etag('GEXF', { asOf: { first: '2019-01-01', last: '2019-12-31' } }),
      etag('GEXF', { sourceId: 'tiny-source' }),
      etag('GEXF', {}, await tinyKnowledgeBase()),
    ]);
    expect(all.size).toBe(6);
    // A graph that cannot be read still has an ETag: it is not a hash of the document.
    const unreadable = Object.create(kb, {
      graph: {
        get() {
          throw new Error('read the graph');
        },
      },
    }) as KnowledgeBase;
    const exported = graphExport(unreadable, 'GEXF');
    expect(exported.etag).toMatch(/^"[\w-]{27}"$/);
    expect(() => exported.chunks().next()).toThrow('read the graph');
  });
});
