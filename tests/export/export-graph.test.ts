import { describe, expect, it } from 'vitest';
import { exportGraph, exportSelection } from '../../src/export/export-graph.ts';
import { EXPORT_FORMATS, selectGraph } from '../../src/export/formats.ts';
import { realGraph } from '../helpers.ts';
import { tinyKnowledgeBase } from './knowledge-bases.ts';

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

describe('exportGraph', () => {
  it('writes what exportSelection writes, in every format', async () => {
    const kb = await tinyKnowledgeBase();
    for (const format of EXPORT_FORMATS) {
      expect(exportGraph(kb, format, { types: ['ALLY'] })).toBe(
        exportSelection(format, selectGraph(kb, { types: ['ALLY'] })),
      );
    }
  });

  it('builds each export once per knowledge base: a later change to the graph does not show', async () => {
    const kb = await tinyKnowledgeBase();
    const first = exportGraph(kb, 'CYTOSCAPE');
    kb.graph.setNodeAttribute('atlantis', 'name', 'Renamed');
    expect(exportGraph(kb, 'CYTOSCAPE')).toBe(first);
    expect(exportSelection('CYTOSCAPE', selectGraph(kb))).toContain('Renamed');
  });

  it('caches by the set of types, whatever their order or repeats', async () => {
    const kb = await tinyKnowledgeBase();
    const first = exportGraph(kb, 'GRAPHML', { types: ['LEADS', 'ALLY'] });
    kb.graph.setNodeAttribute('atlantis', 'name', 'Renamed');
    expect(exportGraph(kb, 'GRAPHML', { types: ['ALLY', 'LEADS', 'ALLY'] })).toBe(first);
    expect(exportGraph(kb, 'GRAPHML', { types: ['ALLY'] })).toContain('Renamed');
  });
});
