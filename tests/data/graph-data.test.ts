// The project's own graph-data/: it loads, and it keeps its promises to readers.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../src/config.ts';
import { type GraphData, loadGraphData } from '../../src/data/load.ts';
import { MIN_QUOTE_LENGTH } from '../../src/data/schema.ts';
import { ENTITY_KINDS, RELATION_TYPES } from '../../src/model.ts';

describe('graph-data/', () => {
  let data: GraphData;
  beforeAll(async () => {
    data = await loadGraphData(DEFAULT_DATA_DIR);
  });

  it('holds the seed article with its metadata', () => {
    expect(data.sources.map(({ text: _, ...meta }) => meta)).toEqual([
      {
        id: '9dashline-us-japan-alliance-2024',
        title: 'Charting the future: US elections and the evolving US-Japan alliance',
        author: 'Elli-Katharina Pohlkamp',
        publisher: '9DASHLINE',
        publishedOn: '2024-04-17',
      },
    ]);
  });

  it('finds every quote verbatim at its offsets', () => {
    const texts = new Map(data.sources.map((s) => [s.id, s.text]));
    let quotes = 0;
    for (const relation of data.relations) {
      for (const { sourceId, quote, start, end } of relation.evidence) {
        expect(texts.get(sourceId)?.slice(start, end), relation.id).toBe(quote);
        expect(quote.length).toBeGreaterThanOrEqual(MIN_QUOTE_LENGTH);
        quotes++;
      }
    }
    expect(quotes).toBeGreaterThan(data.relations.length);
  });

  it('names the main actors, and every entity stands in a relation', () => {
    const ids = new Set(data.entities.map((e) => e.id));
    for (const id of ['united-states', 'japan', 'china', 'quad', 'g7', 'fumio-kishida', 'donald-trump', 'joe-biden']) {
      expect(ids, id).toContain(id);
    }
    const related = new Set(data.relations.flatMap((r) => [r.from, r.to]));
    expect(data.entities.filter((e) => !related.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it('is rich: well over 60 relations, of every type and most kinds', () => {
    expect(data.relations.length).toBeGreaterThan(60);
    expect(new Set(data.relations.map((r) => r.type))).toEqual(new Set(RELATION_TYPES));
    expect(new Set(data.entities.map((e) => e.kind))).toEqual(new Set(ENTITY_KINDS));
  });

  it('dates what the article dates', () => {
    const byId = new Map(data.relations.map((r) => [r.id, r]));
    const dated = data.relations.filter((r) => r.validFrom || r.validTo);
    expect(dated.length).toBeGreaterThan(20);
    const abeTrump = data.relations.find((r) => r.from === 'shinzo-abe' && r.to === 'donald-trump');
    expect(abeTrump).toMatchObject({ validFrom: '2017-01', validTo: '2020-09' });
    const summit = [...byId.values()].filter((r) => r.to === 'us-japan-summit-2024');
    expect(summit.map((r) => r.validFrom)).toEqual(['2024-04-10', '2024-04-10']);
    const economic = [...byId.values()].filter((r) => r.to === 'us-japan-economic-2-plus-2-2023');
    expect(economic.every((r) => r.validFrom === '2023-11')).toBe(true);
  });
});
