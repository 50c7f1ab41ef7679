import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { communityColor, entityExport, relationExport } from '../../src/export/attributes.ts';
import { exportSelection } from '../../src/export/export-graph.ts';
import { selectGraph } from '../../src/export/formats.ts';
import { realGraph } from '../helpers.ts';
import { TRICKY_TEXT, TRICKY_TEXT_IN_XML, trickyKnowledgeBase } from './knowledge-bases.ts';

async function readBack() {
  const kb = await realGraph();
  const text = exportSelection('GEXF', selectGraph(kb));
  return { kb, text, graph: parse(MultiGraph, text) };
}

describe('writeGexf', () => {
  it('declares GEXF 1.3', async () => {
    const { text } = await readBack();
    expect(text).toMatch(/<gexf version="1\.3" xmlns="http:\/\/gexf\.net\/1\.3"/);
  });

  it('reads back with the same entities and their attributes, position, size and colour', async () => {
    const { kb, graph } = await readBack();
    expect(graph.nodes().sort()).toEqual(kb.entityIds);
    for (const id of kb.entityIds) {
      const { id: _, aliases, ...entity } = entityExport(kb, id);
      expect(graph.getNodeAttributes(id)).toEqual({
        ...entity,
        ...(aliases.length > 0 ? { aliases: aliases.join(';') } : {}),
        size: expect.any(Number),
        color: communityColor(entity.community),
      });
    }
  });

  it('reads back with the same relations: ids, ends, direction and attributes, evidence as JSON', async () => {
    const { kb, graph } = await readBack();
    expect(graph.edges().sort()).toEqual(kb.relationIds);
    for (const id of kb.relationIds) {
      const { id: _, source, target, evidence, ...relation } = relationExport(kb, id);
      expect([graph.source(id), graph.target(id)]).toEqual([source, target]);
      expect(graph.isDirected(id)).toBe(relation.directed);
      const attributes = graph.getEdgeAttributes(id);
      expect({ ...attributes, evidence: JSON.parse(attributes.evidence) }).toEqual({
        label: relation.relation,
        kind: relation.relation,
        ...relation,
        evidence,
        quotes: evidence.map((e) => e.quote).join(' | '),
      });
    }
  });

  it('keeps parallel relations apart', async () => {
    const { graph } = await readBack();
    for (const id of ['united-states-ally-japan', 'united-states-ally-japan-indo-pacific']) {
      expect(graph.extremities(id)).toEqual(['united-states', 'japan']);
      expect(graph.getEdgeAttribute(id, 'relation')).toBe('ALLY');
    }
    expect(graph.getEdgeAttribute('united-states-ally-japan-indo-pacific', 'validFrom')).toBe('2021-10');
  });

  it('writes symmetric relations as undirected edges of a directed graph', async () => {
    const { text } = await readBack();
    expect(text).toMatch(/<graph defaultedgetype="directed"( mode="dynamic" timeformat="date")?>/);
    expect(text).toMatch(/<edge id="united-states-ally-japan" type="undirected" source="united-states" target="japan"/);
    expect(text).toMatch(/<edge id="japan-concern-united-states" source="japan" target="united-states"/);
  });

  it('escapes text and drops the characters XML cannot hold', async () => {
    const text = exportSelection('GEXF', selectGraph(await trickyKnowledgeBase()));
    expect(text).not.toContain(TRICKY_TEXT);
    const graph = parse(MultiGraph, text);
    expect(graph.getEdgeAttribute('atlantis-ally-lemuria', 'summary')).toBe(TRICKY_TEXT_IN_XML);
    expect(graph.getNodeAttribute('mu', 'label')).toBe(TRICKY_TEXT_IN_XML);
  });
});
