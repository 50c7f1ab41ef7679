import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { communityColor, entityExport, relationExport } from '../../src/export/attributes.ts';
import { exportSelection } from '../../src/export/export-graph.ts';
import { selectGraph } from '../../src/export/formats.ts';
import { realGraph } from '../helpers.ts';

async function load() {
  const kb = await realGraph();
  return { kb, cy: cytoscape({ headless: true, ...JSON.parse(exportSelection('CYTOSCAPE', selectGraph(kb))) }) };
}

describe('writeCytoscape', () => {
  it('loads into cytoscape with the same entities, their attributes and positions', async () => {
    const { kb, cy } = await load();
    expect(cy.data('name')).toBe('alliance-graph');
    expect(cy.nodes().length).toBe(kb.entityIds.length);
    for (const id of kb.entityIds) {
      const node = cy.getElementById(id);
      const { x, y, ...entity } = entityExport(kb, id);
      expect(node.data()).toEqual({ ...entity, size: expect.any(Number), color: communityColor(entity.community) });
      expect(node.position()).toEqual({ x, y });
    }
  });

  it('loads with the same relations by id, parallel ones apart, evidence as an array', async () => {
    const { kb, cy } = await load();
    expect(cy.edges().length).toBe(kb.relationIds.length);
    expect(
      cy
        .edges()
        .map((edge) => edge.id())
        .sort(),
    ).toEqual(kb.relationIds);
    for (const id of kb.relationIds) expect(cy.getElementById(id).data()).toEqual(relationExport(kb, id));
    const parallel = cy.getElementById('united-states').edgesWith(cy.getElementById('japan'));
    expect(parallel.map((edge) => edge.id())).toEqual(
      expect.arrayContaining(['united-states-ally-japan', 'united-states-ally-japan-indo-pacific']),
    );
    expect(cy.edges('[?directed]').length).toBe(kb.relationIds.filter((id) => relationExport(kb, id).directed).length);
  });
});
