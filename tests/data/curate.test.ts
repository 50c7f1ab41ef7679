// Ingest, accept and reject: drafts never touch curated files until accepted, and a failed step loses nothing.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config.ts';
import { acceptDraft, ingestSource, type ProposedItems, rejectDraft } from '../../src/data/curate.ts';
import { loadGraphData } from '../../src/data/load.ts';
import { GraphDataError } from '../../src/errors.ts';
import { createKnowledgeBase } from '../../src/graph/knowledge-base.ts';
import { createApp } from '../../src/server/app.ts';
import { copyTinyGraph } from '../helpers.ts';

const SECOND = {
  id: 'tiny-second',
  title: 'A second tiny article',
  publishedOn: '2024-02',
  text: 'Atlantis and Lemuria remain close allies today.\nThe Republic of Thule backs Atlantis in every dispute with Mu.\n',
};

/** What an extractor might propose for SECOND: one relation a curated one states too, one new, with a new entity. */
function proposal(): ProposedItems {
  return {
    entities: [{ id: 'thule', name: 'Republic of Thule', kind: 'COUNTRY', aliases: ['Thule'] }],
    relations: [
      {
        id: 'lemuria-ally-atlantis',
        type: 'ALLY',
        from: 'lemuria',
        to: 'atlantis',
        summary: 'Atlantis and Lemuria are allies.',
        confidence: 0.9,
        evidence: [{ source: 'tiny-second', quote: 'Atlantis and Lemuria remain close allies today' }],
      },
      {
        id: 'thule-supports-atlantis',
        type: 'SUPPORTS',
        from: 'thule',
        to: 'atlantis',
        summary: 'Thule backs Atlantis.',
        confidence: 0.9,
        evidence: [{ source: 'tiny-second', quote: 'The Republic of Thule backs Atlantis' }],
      },
    ],
  };
}

async function curatedBytes(dir: string) {
  return Promise.all(['entities.json', 'relations.json'].map((f) => readFile(join(dir, f), 'utf8')));
}

describe('ingestSource', () => {
  it('stores the source and a draft, and leaves the curated files byte for byte as they were', async () => {
    const dir = await copyTinyGraph();
    const before = await curatedBytes(dir);
    const result = await ingestSource(dir, SECOND, () => proposal());
    expect(result).toMatchObject({ entities: 1, relations: 2, corroborating: 1 });
    expect(await curatedBytes(dir)).toEqual(before);
    expect(await readFile(join(dir, 'sources', 'tiny-second.txt'), 'utf8')).toBe(SECOND.text);
    const draft = JSON.parse(await readFile(join(dir, 'drafts', 'tiny-second.json'), 'utf8'));
    // The proposal that states a curated relation takes its id, so accepting it adds evidence.
    expect(draft.relations.map((r: { id: string }) => r.id)).toEqual([
      'atlantis-ally-lemuria',
      'thule-supports-atlantis',
    ]);
    // Drafts are not served unless asked for.
    expect((await loadGraphData(dir)).relations).toHaveLength(5);
  });

  it('replaces only its own draft when run again, and refuses an id that names another text', async () => {
    const dir = await copyTinyGraph();
    await ingestSource(dir, SECOND, () => proposal());
    await ingestSource(dir, SECOND, () => ({
      entities: [],
      relations: [proposal().relations[0] as ProposedItems['relations'][number]],
    }));
    const draft = JSON.parse(await readFile(join(dir, 'drafts', 'tiny-second.json'), 'utf8'));
    expect(draft.relations).toHaveLength(1);
    await expect(ingestSource(dir, { ...SECOND, text: 'another text entirely' }, () => proposal())).rejects.toThrow(
      '--id: a different text is already stored as sources/tiny-second.txt',
    );
  });

  it('writes nothing when the proposal would not load', async () => {
    const dir = await copyTinyGraph();
    const bad = proposal();
    (bad.relations[1] as { to: string }).to = 'nowhere';
    await expect(ingestSource(dir, SECOND, () => bad)).rejects.toBeInstanceOf(GraphDataError);
    await expect(readFile(join(dir, 'drafts', 'tiny-second.json'), 'utf8')).rejects.toThrow();
    await expect(readFile(join(dir, 'sources', 'tiny-second.txt'), 'utf8')).rejects.toThrow();
  });
});

describe('drafts when loading', () => {
  it('kg validate checks them: a broken draft is a problem naming the draft file', async () => {
    const dir = await copyTinyGraph();
    await ingestSource(dir, SECOND, () => proposal());
    const path = join(dir, 'drafts', 'tiny-second.json');
    const draft = JSON.parse(await readFile(path, 'utf8'));
    draft.relations[1].evidence[0].quote = 'The Republic of Thule adores Atlantis';
    await writeFile(path, JSON.stringify(draft, null, 2));
    const error = await loadGraphData(dir, { drafts: 'check' }).catch((e) => e);
    expect(error).toBeInstanceOf(GraphDataError);
    expect((error as GraphDataError).problems.map((p) => [p.file, p.path])).toEqual([
      [path, '$.relations[1].evidence[0].quote'],
    ]);
    expect((await loadGraphData(dir)).relations).toHaveLength(5);
  });

  it('are served, marked, with --include-drafts; a corroborating draft adds its evidence to the curated relation', async () => {
    const dir = await copyTinyGraph();
    await ingestSource(dir, SECOND, () => proposal());
    const data = await loadGraphData(dir, { drafts: 'include' });
    const app = createApp({ knowledgeBase: () => createKnowledgeBase(data), limits: DEFAULT_LIMITS });
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ thule: entity(ref: "Thule") { draft }
          ally: relation(id: "atlantis-ally-lemuria") { draft corroboration evidence { source { id } } }
          backs: relation(id: "thule-supports-atlantis") { draft corroboration } }`,
      }),
    });
    expect(await response.json()).toEqual({
      data: {
        thule: { draft: true },
        ally: {
          draft: false,
          corroboration: 2,
          evidence: [{ source: { id: 'tiny-source' } }, { source: { id: 'tiny-second' } }],
        },
        backs: { draft: true, corroboration: 1 },
      },
    });
  });
});

describe('acceptDraft and rejectDraft', () => {
  it('accepts chosen relations with the entities they need, and merges evidence into one entry', async () => {
    const dir = await copyTinyGraph();
    await ingestSource(dir, SECOND, () => proposal());
    expect(await acceptDraft(dir, 'tiny-second', ['thule-supports-atlantis'])).toEqual({
      entities: 1,
      relations: 1,
      corroborated: 0,
    });
    let data = await loadGraphData(dir);
    expect(data.entities.map((e) => e.id)).toContain('thule');
    expect(data.relations.find((r) => r.id === 'thule-supports-atlantis')?.draft).toBeUndefined();
    const draft = JSON.parse(await readFile(join(dir, 'drafts', 'tiny-second.json'), 'utf8'));
    expect(draft.relations.map((r: { id: string }) => r.id)).toEqual(['atlantis-ally-lemuria']);

    expect(await acceptDraft(dir, 'tiny-second', 'all')).toEqual({ entities: 0, relations: 0, corroborated: 1 });
    data = await loadGraphData(dir);
    const ally = data.relations.filter((r) => r.id === 'atlantis-ally-lemuria');
    expect(ally).toHaveLength(1);
    expect(ally[0]?.evidence.map((e) => e.sourceId)).toEqual(['tiny-source', 'tiny-second']);
    // Nothing left to review: the draft is gone.
    await expect(readFile(join(dir, 'drafts', 'tiny-second.json'), 'utf8')).rejects.toThrow();
    const kb = createKnowledgeBase(data);
    expect(kb.relationsBySource.get('tiny-second')).toEqual(['atlantis-ally-lemuria', 'thule-supports-atlantis']);
  });

  it('rejects chosen items, and with an entity the relations that need it', async () => {
    const dir = await copyTinyGraph();
    const before = await curatedBytes(dir);
    await ingestSource(dir, SECOND, () => proposal());
    expect(await rejectDraft(dir, 'tiny-second', ['thule'])).toEqual({ entities: 1, relations: 1 });
    const draft = JSON.parse(await readFile(join(dir, 'drafts', 'tiny-second.json'), 'utf8'));
    expect(draft).toMatchObject({ entities: [], relations: [{ id: 'atlantis-ally-lemuria' }] });
    await rejectDraft(dir, 'tiny-second', 'all');
    await expect(readFile(join(dir, 'drafts', 'tiny-second.json'), 'utf8')).rejects.toThrow();
    expect(await curatedBytes(dir)).toEqual(before);
  });

  it('names ids that are not in the draft, and changes nothing', async () => {
    const dir = await copyTinyGraph();
    await ingestSource(dir, SECOND, () => proposal());
    const before = await curatedBytes(dir);
    await expect(acceptDraft(dir, 'tiny-second', ['nope'])).rejects.toThrow(
      '"nope" is not in the draft of tiny-second',
    );
    await expect(acceptDraft(dir, 'no-such-source', 'all')).rejects.toThrow('no draft at');
    expect(await curatedBytes(dir)).toEqual(before);
  });
});
