import { MultiGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { communityColor, entityExport, relationExport } from '../../src/export/attributes.ts';
import { exportSelection } from '../../src/export/export-graph.ts';
import { selectGraph } from '../../src/export/formats.ts';
import { realGraph } from '../helpers.ts';
import { TRICKY_TEXT, TRICKY_TEXT_IN_XML, trickyKnowledgeBase } from './knowledge-bases.ts';

async function readBack() {
  const kb = await realGraph();
  const text = exportSelection('GRAPHML', selectGraph(kb));
  return { kb, text, graph: parse(MultiGraph, text) };
}

describe('writeGraphml', () => {
  it('declares a typed key for each attribute of nodes and of edges', async () => {
    const { text } = await readBack();
    const keys = [...text.matchAll(/<key id="[^"]+" for="(node|edge)" attr\.name="(\w+)" attr\.type="(\w+)"\/>/g)].map(
      ([, element, name, type]) => `${element} ${name}: ${type}`,
    );
    expect(keys).toEqual([
      'node label: string',
      'node kind: string',
      'node aliases: string',
      'node description: string',
      'node degree: int',
      'node pagerank: double',
      'node betweenness: double',
      'node community: int',
      'node x: double',
      'node y: double',
      'node size: double',
      'node color: string',
      'edge relation: string',
      'edge directed: boolean',
      'edge summary: string',
      'edge confidence: double',
      'edge corroboration: int',
      'edge draft: boolean',
      'edge validFrom: string',
      'edge validTo: string',
      'edge evidence: string',
      'edge quotes: string',
    ]);
  });

  it('parses with graphology-graphml to the same entities, with typed attributes', async () => {
    const { kb, graph } = await readBack();
    expect(graph.order).toBe(kb.entityIds.length);
    expect(graph.nodes().sort()).toEqual(kb.entityIds);
    for (const id of kb.entityIds) {
      const { id: _, aliases, ...entity } = entityExport(kb, id);
      expect(graph.getNodeAttributes(id)).toEqual({
        ...entity,
        aliases: aliases.join(';'),
        size: expect.any(Number),
        color: communityColor(entity.community),
      });
    }
  });

  it('parses to the same relations, parallel ones apart, with evidence as JSON', async () => {
    const { kb, graph } = await readBack();
    expect(graph.size).toBe(kb.relationIds.length);
    expect(graph.edges().sort()).toEqual(kb.relationIds);
    for (const id of kb.relationIds) {
      const { id: _, source, target, evidence, ...relation } = relationExport(kb, id);
      expect([graph.source(id), graph.target(id)]).toEqual([source, target]);
      const attributes = graph.getEdgeAttributes(id);
      expect({ ...attributes, evidence: JSON.parse(attributes.evidence) }).toEqual({
        ...relation,
        evidence,
        quotes: evidence.map((e) => e.quote).join(' | '),
      });
    }
    expect(graph.edges('united-states', 'japan')).toEqual(
      expect.arrayContaining(['united-states-ally-japan', 'united-states-ally-japan-indo-pacific']),
    );
  });

  it('says on every edge whether it is directed, in a graph directed by default', async () => {
    const { kb, text } = await readBack();
    expect(text).toContain('<graph id="alliance-graph" edgedefault="directed">');
    const directed = Object.fromEntries(
      [...text.matchAll(/<edge id="([^"]+)" source="[^"]+" target="[^"]+" directed="(true|false)">/g)].map(
        ([, id, flag]) => [id, flag === 'true'],
      ),
    );
    expect(directed).toEqual(Object.fromEntries(kb.relationIds.map((id) => [id, relationExport(kb, id).directed])));
    expect(directed['united-states-ally-japan']).toBe(false);
  });

  it('escapes text and drops the characters XML cannot hold', async () => {
    const text = exportSelection('GRAPHML', selectGraph(await trickyKnowledgeBase()));
    expect(text).not.toContain(TRICKY_TEXT);
    expect(text).toContain('Atlantis &lt;b&gt;&amp;&quot;&apos; Lemuria');
    const graph = parse(MultiGraph, text);
    expect(graph.getEdgeAttribute('atlantis-ally-lemuria', 'summary')).toBe(TRICKY_TEXT_IN_XML);
    expect(graph.getNodeAttribute('mu', 'label')).toBe(TRICKY_TEXT_IN_XML);
  });
});
