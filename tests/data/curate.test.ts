// ingestSource: a source becomes a draft that never conflicts with another, and never touches the curated files.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config.ts';
import { ingestSource } from '../../src/data/curate.ts';
import type { ProposedItems } from '../../src/data/fit-proposal.ts';
import { loadGraphData } from '../../src/data/load.ts';
import { GraphDataError } from '../../src/errors.ts';
import { createKnowledgeBase } from '../../src/graph/knowledge-base.ts';
import type { Entity } from '../../src/model.ts';
import { createApp } from '../../src/server/app.ts';
import { copyTinyGraph } from '../helpers.ts';
import { ARTICLES, type Article, proposeFor } from './draft-articles.ts';

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
    expect(result).toEqual({
      path: join(dir, 'drafts', 'tiny-second.json'),
      newEntities: ['thule'],
      knownEntities: { curated: ['lemuria', 'atlantis'], drafted: [] },
      relations: ['atlantis-ally-lemuria', 'thule-supports-atlantis'],
      corroborations: { curated: ['atlantis-ally-lemuria'], drafted: [] },
      handovers: [],
    });
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

/** The draft of `sourceId` as written. */
async function readDraftFile(dir: string, sourceId: string) {
  return JSON.parse(await readFile(join(dir, 'drafts', `${sourceId}.json`), 'utf8'));
}

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('ingestSource with several drafts', () => {
  const [A, B, C] = ARTICLES as [Article, Article, Article];

  it('proposes a new entity once; the next draft refers to it and takes the id of a relation that states the same', async () => {
    const dir = await copyTinyGraph();
    let seen:
      | { known: Entity[]; owners: ReadonlyMap<string, string>; related: ReadonlyMap<string, readonly string[]> }
      | undefined;
    await ingestSource(dir, A.source, proposeFor(A));
    const result = await ingestSource(dir, B.source, (known, owners, related) => {
      seen = { known, owners, related };
      return proposeFor(B)(known, owners, related);
    });
    // What the extractor is told: the curated entities, then the other drafts', marked and with their owner.
    expect(seen?.known.map((e) => [e.id, e.draft ?? false])).toEqual([
      ['atlantis', false],
      ['lemuria', false],
      ['mu', false],
      ['king-arlo', false],
      ['ocean-council', false],
      ['coral-accord', true],
      ['thule', true],
    ]);
    expect([...(seen?.owners ?? [])]).toEqual([
      ['coral-accord', 'tiny-a'],
      ['thule', 'tiny-a'],
    ]);
    // And what each entity is linked to by relations, curated or drafted: a known name meant otherwise shows.
    expect(seen?.related.get('thule')).toEqual(expect.arrayContaining(['atlantis']));
    expect(result).toEqual({
      path: join(dir, 'drafts', 'tiny-b.json'),
      newEntities: [],
      knownEntities: {
        curated: ['atlantis', 'lemuria'],
        drafted: [
          { id: 'thule', source: 'tiny-a' },
          { id: 'coral-accord', source: 'tiny-a' },
        ],
      },
      relations: ['atlantis-ally-thule', 'lemuria-participates-in-coral-accord'],
      corroborations: { curated: [], drafted: [{ id: 'atlantis-ally-thule', source: 'tiny-a' }] },
      handovers: [],
    });
    const draft = await readDraftFile(dir, 'tiny-b');
    expect(draft.entities).toEqual([]);
    // Its own direction and quote, under the twin's id: a corroboration.
    expect(draft.relations[0]).toMatchObject({ id: 'atlantis-ally-thule', from: 'thule', to: 'atlantis' });
    await expect(loadGraphData(dir, { drafts: 'check' })).resolves.toBeDefined();
  });

  it('gives every order of ingests the same entities, one draft owning each, and drafts that load', async () => {
    const owned = [];
    for (const order of [
      [A, B, C],
      [C, B, A],
      [B, C, A],
    ]) {
      const dir = await copyTinyGraph();
      for (const article of order) await ingestSource(dir, article.source, proposeFor(article));
      const data = await loadGraphData(dir, { drafts: 'include' });
      expect(
        data.entities
          .filter((e) => e.draft)
          .map((e) => e.id)
          .sort(),
      ).toEqual(['coral-accord', 'thule']);
      const first = order[0] as Article;
      expect(ids((await readDraftFile(dir, first.source.id)).entities).sort()).toEqual(['coral-accord', 'thule']);
      // The two articles that say Atlantis and Thule are allies make one draft relation with both quotes.
      const allies = data.relations.filter((r) => r.type === 'ALLY' && [r.from, r.to].includes('thule'));
      expect(allies).toHaveLength(1);
      expect(allies[0]?.evidence.map((e) => e.sourceId).sort()).toEqual(['tiny-a', 'tiny-b']);
      owned.push(first.source.id);
    }
    expect(owned).toEqual(['tiny-a', 'tiny-c', 'tiny-b']);
  });

  it('takes a new entity that a known name names as that entity, even from an extractor that ignored what is known', async () => {
    const dir = await copyTinyGraph();
    await ingestSource(dir, A.source, proposeFor(A));
    const result = await ingestSource(dir, C.source, proposeFor(C, { naive: true }));
    expect(result.newEntities).toEqual([]);
    expect(result.knownEntities.drafted).toEqual([
      { id: 'coral-accord', source: 'tiny-a' },
      { id: 'thule', source: 'tiny-a' },
    ]);
    expect(result.corroborations.curated).toEqual(['atlantis-ally-lemuria']);
    await expect(loadGraphData(dir, { drafts: 'check' })).resolves.toBeDefined();
  });

  it('renames a new entity whose id or alias another entity holds, with a note for the reviewer', async () => {
    const dir = await copyTinyGraph();
    await ingestSource(dir, A.source, proposeFor(A));
    const result = await ingestSource(dir, C.source, () => ({
      entities: [
        { id: 'thule', name: 'Thule Islands', kind: 'REGION', aliases: ['Thulean Republic', 'The Isles'] },
        { id: 'coral-sea-pact', name: 'Coral Sea Pact', kind: 'POLICY', aliases: [], note: 'a guess from the title' },
      ],
      relations: [
        {
          id: 'thule-opposes-mu',
          type: 'OPPOSES',
          from: 'thule',
          to: 'mu',
          summary: 'The Thule Islands oppose Mu.',
          confidence: 0.5,
          evidence: [{ source: 'tiny-c', quote: 'Thule opposes Mu at every turn' }],
        },
      ],
    }));
    expect(result.newEntities).toEqual(['thule-2', 'coral-sea-pact']);
    const draft = await readDraftFile(dir, 'tiny-c');
    expect(draft.entities).toEqual([
      {
        id: 'thule-2',
        name: 'Thule Islands',
        kind: 'REGION',
        aliases: ['The Isles'],
        note:
          'may be the same as "thule" (Thule) in drafts/tiny-a.json: proposed as "thule", a name of that one, so renamed; ' +
          'may be the same as "thule" (Thule) in drafts/tiny-a.json: its alias "Thulean Republic" names that one, so it was left out',
      },
      { id: 'coral-sea-pact', name: 'Coral Sea Pact', kind: 'POLICY', aliases: [], note: 'a guess from the title' },
    ]);
    expect(draft.relations[0]).toMatchObject({ from: 'thule-2', to: 'mu' });
    await expect(loadGraphData(dir, { drafts: 'check' })).resolves.toBeDefined();
  });

  it('gives a relation an id no other draft uses when it states something else', async () => {
    const dir = await copyTinyGraph();
    await ingestSource(dir, A.source, proposeFor(A));
    const result = await ingestSource(dir, B.source, async (known, owners, related) => {
      const proposal = await proposeFor(B)(known, owners, related);
      // The id of tiny-a's ALLY relation, on a relation that states PARTICIPATES_IN.
      (proposal.relations[1] as { id: string }).id = 'atlantis-ally-thule';
      return proposal;
    });
    expect(result.relations).toEqual(['atlantis-ally-thule', 'atlantis-ally-thule-2']);
    await expect(loadGraphData(dir, { drafts: 'check' })).resolves.toBeDefined();
  });

  it('on ingesting again, hands over to the first draft that names it an entity it no longer proposes, and says so', async () => {
    const dir = await copyTinyGraph();
    for (const article of [A, C, B]) await ingestSource(dir, article.source, proposeFor(article));
    // Ingested again with an extractor that no longer finds the Coral Accord.
    const without = { ...A, statements: A.statements.filter((s) => s.to !== 'Coral Accord') };
    const result = await ingestSource(dir, A.source, proposeFor(without));
    expect(result.handovers).toEqual([{ entity: 'coral-accord', from: 'tiny-a', to: 'tiny-b' }]);
    expect(result.newEntities).toEqual(['thule']);
    expect(ids((await readDraftFile(dir, 'tiny-b')).entities)).toEqual(['coral-accord']);
    expect(ids((await readDraftFile(dir, 'tiny-c')).entities)).toEqual([]);
    await expect(loadGraphData(dir, { drafts: 'check' })).resolves.toBeDefined();
    // An entity it still proposes stays its own, however other drafts name it.
    expect((await ingestSource(dir, A.source, proposeFor(A))).handovers).toEqual([]);
  });
});
