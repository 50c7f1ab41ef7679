// acceptDraft and rejectDraft: decisions on one draft that other drafts' relations depend on, and nothing lost when one fails.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CurationError } from '../../src/data/commit-files.ts';
import { ingestSource } from '../../src/data/curate.ts';
import { loadGraphData } from '../../src/data/load.ts';
import { acceptDraft, rejectDraft } from '../../src/data/review.ts';
import { GraphDataError } from '../../src/errors.ts';
import { createKnowledgeBase } from '../../src/graph/knowledge-base.ts';
import { copyTinyGraph } from '../helpers.ts';
import { ARTICLES, type Article, proposeFor } from './draft-articles.ts';

const [A, B, C] = ARTICLES as [Article, Article, Article];

/** The tiny graph with the drafts of `articles`, ingested in that order. */
async function withDrafts(...articles: Article[]): Promise<string> {
  const dir = await copyTinyGraph();
  for (const article of articles) await ingestSource(dir, article.source, proposeFor(article));
  return dir;
}

/** Every file under `dir` with its text: what a failed step must leave as it was. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = await readFile(path, 'utf8');
  }
  return files;
}

async function draftOf(dir: string, sourceId: string) {
  return JSON.parse(await readFile(join(dir, 'drafts', `${sourceId}.json`), 'utf8'));
}

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('acceptDraft', () => {
  it('accepts chosen relations with the entities they need, and merges evidence into one entry', async () => {
    const dir = await withDrafts(C);
    expect(await acceptDraft(dir, 'tiny-c', ['thule-opposes-mu'])).toEqual({
      entities: 1,
      relations: 1,
      corroborated: 0,
      broughtAlong: [],
    });
    let data = await loadGraphData(dir);
    expect(data.entities.map((e) => e.id)).toContain('thule');
    expect(data.relations.find((r) => r.id === 'thule-opposes-mu')?.draft).toBeUndefined();
    expect(ids((await draftOf(dir, 'tiny-c')).relations)).toEqual(['mu-concern-coral-accord', 'atlantis-ally-lemuria']);

    expect(await acceptDraft(dir, 'tiny-c', 'all')).toEqual({
      entities: 1,
      relations: 1,
      corroborated: 1,
      broughtAlong: [],
    });
    data = await loadGraphData(dir);
    const ally = data.relations.filter((r) => r.id === 'atlantis-ally-lemuria');
    expect(ally).toHaveLength(1);
    expect(ally[0]?.evidence.map((e) => e.sourceId)).toEqual(['tiny-source', 'tiny-c']);
    // Nothing left to review: the draft is gone.
    await expect(readFile(join(dir, 'drafts', 'tiny-c.json'), 'utf8')).rejects.toThrow();
    expect(createKnowledgeBase(data).relationsBySource.get('tiny-c')).toEqual([
      'atlantis-ally-lemuria',
      'mu-concern-coral-accord',
      'thule-opposes-mu',
    ]);
  });

  it('brings along an entity another draft owns, without its note, and removes that draft once it is empty', async () => {
    const dir = await withDrafts(A, C);
    // tiny-a holds nothing but the entities: its relations were rejected.
    await rejectDraft(dir, 'tiny-a', ids((await draftOf(dir, 'tiny-a')).relations));
    const draftA = await draftOf(dir, 'tiny-a');
    draftA.entities[1].note = 'check the spelling';
    await writeFile(join(dir, 'drafts', 'tiny-a.json'), JSON.stringify(draftA));

    expect(await acceptDraft(dir, 'tiny-c', ['thule-opposes-mu'])).toEqual({
      entities: 0,
      relations: 1,
      corroborated: 0,
      broughtAlong: [{ source: 'tiny-a', entities: ['thule'], removed: false }],
    });
    expect(ids((await draftOf(dir, 'tiny-a')).entities)).toEqual(['coral-accord']);
    const entities = JSON.parse(await readFile(join(dir, 'entities.json'), 'utf8')).entities;
    expect(entities.at(-1)).toEqual({ id: 'thule', name: 'Thule', kind: 'COUNTRY', aliases: ['Thulean Republic'] });

    expect((await acceptDraft(dir, 'tiny-c', ['mu-concern-coral-accord'])).broughtAlong).toEqual([
      { source: 'tiny-a', entities: ['coral-accord'], removed: true },
    ]);
    await expect(readFile(join(dir, 'drafts', 'tiny-a.json'), 'utf8')).rejects.toThrow();
    await expect(loadGraphData(dir, { drafts: 'check' })).resolves.toBeDefined();
  });

  it("makes another draft's twin of an accepted relation a corroboration of the curated one", async () => {
    const dir = await withDrafts(A, B);
    await acceptDraft(dir, 'tiny-a', ['atlantis-ally-thule']);
    let data = await loadGraphData(dir, { drafts: 'include' });
    const ally = data.relations.find((r) => r.id === 'atlantis-ally-thule');
    expect(ally?.draft).toBeUndefined();
    expect(ally?.evidence.map((e) => e.sourceId)).toEqual(['tiny-a', 'tiny-b']);
    expect(await acceptDraft(dir, 'tiny-b', ['atlantis-ally-thule'])).toMatchObject({ relations: 0, corroborated: 1 });
    data = await loadGraphData(dir);
    expect(data.relations.find((r) => r.id === 'atlantis-ally-thule')?.evidence.map((e) => e.sourceId)).toEqual([
      'tiny-a',
      'tiny-b',
    ]);
  });

  it('refuses a relation whose curated twin states something else, and changes nothing', async () => {
    const dir = await withDrafts(C);
    const draft = await draftOf(dir, 'tiny-c');
    draft.relations[1].id = 'atlantis-concern-mu';
    await writeFile(join(dir, 'drafts', 'tiny-c.json'), JSON.stringify(draft));
    const before = await snapshot(dir);
    await expect(acceptDraft(dir, 'tiny-c', ['atlantis-concern-mu'])).rejects.toThrow(
      new CurationError(
        '"atlantis-concern-mu" in the draft of tiny-c states OPPOSES from "thule" to "mu", but the curated relation with its id states CONCERN from "atlantis" to "mu"; expected a new id, or the same type and entities to add evidence to it',
      ),
    );
    expect(await snapshot(dir)).toEqual(before);
  });

  it('writes nothing when the result would not load, and names the problem in the data directory', async () => {
    const dir = await withDrafts(A, C);
    // Another draft breaks: no step may be committed until it is fixed.
    const draft = await draftOf(dir, 'tiny-a');
    draft.relations[0].evidence[0].quote = 'Atlantis and Thule never signed anything';
    await writeFile(join(dir, 'drafts', 'tiny-a.json'), JSON.stringify(draft));
    const before = await snapshot(dir);
    const error = await acceptDraft(dir, 'tiny-c', 'all').catch((e) => e);
    expect(error).toBeInstanceOf(GraphDataError);
    expect((error as GraphDataError).problems.map((p) => [p.file, p.path])).toEqual([
      [join(dir, 'drafts', 'tiny-a.json'), '$.relations[0].evidence[0].quote'],
    ]);
    await expect(rejectDraft(dir, 'tiny-c', 'all')).rejects.toBeInstanceOf(GraphDataError);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('names ids that are not in the draft, and a draft that does not exist, and changes nothing', async () => {
    const dir = await withDrafts(A);
    const before = await snapshot(dir);
    await expect(acceptDraft(dir, 'tiny-a', ['nope', 'thule'])).rejects.toThrow(
      '"nope" is not in the draft of tiny-a; expected ids from graph-data/drafts/tiny-a.json',
    );
    await expect(acceptDraft(dir, 'no-such-source', 'all')).rejects.toThrow(
      `no draft at ${join(dir, 'drafts', 'no-such-source.json')}; expected one written by kg ingest --id no-such-source`,
    );
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('rejectDraft', () => {
  it('rejects chosen items, and with an entity the relations of its draft that need it', async () => {
    const dir = await withDrafts(C);
    const before = await snapshot(dir);
    expect(await rejectDraft(dir, 'tiny-c', ['thule'])).toEqual({
      entities: 1,
      relations: 1,
      cascaded: [],
      handovers: [],
    });
    expect(await draftOf(dir, 'tiny-c')).toMatchObject({
      entities: [{ id: 'coral-accord' }],
      relations: [{ id: 'mu-concern-coral-accord' }, { id: 'atlantis-ally-lemuria' }],
    });
    await rejectDraft(dir, 'tiny-c', 'all');
    await expect(readFile(join(dir, 'drafts', 'tiny-c.json'), 'utf8')).rejects.toThrow();
    expect((await snapshot(dir))['entities.json']).toBe(before['entities.json']);
    expect((await snapshot(dir))['relations.json']).toBe(before['relations.json']);
  });

  it("refuses an entity other drafts' relations name, saying which, and changes nothing", async () => {
    const dir = await withDrafts(A, B, C);
    const before = await snapshot(dir);
    await expect(rejectDraft(dir, 'tiny-a', ['thule', 'coral-accord', 'atlantis-ally-thule'])).rejects.toThrow(
      new CurationError(
        '"coral-accord" is still named by drafts/tiny-b.json (lemuria-participates-in-coral-accord), drafts/tiny-c.json (mu-concern-coral-accord); ' +
          '"thule" is still named by drafts/tiny-b.json (atlantis-ally-thule), drafts/tiny-c.json (thule-opposes-mu); ' +
          'nothing was rejected from the draft of tiny-a; expected --cascade to drop those relations too, or ids of entities no other draft names',
      ),
    );
    expect(await snapshot(dir)).toEqual(before);
  });

  it("with cascade, drops other drafts' relations that name it too, per draft, and removes a draft left empty", async () => {
    const dir = await withDrafts(A, B, C);
    await rejectDraft(dir, 'tiny-b', ['lemuria-participates-in-coral-accord']);
    expect(await rejectDraft(dir, 'tiny-a', ['thule'], { cascade: true })).toEqual({
      entities: 1,
      relations: 2,
      cascaded: [
        { source: 'tiny-b', relations: ['atlantis-ally-thule'], removed: true },
        { source: 'tiny-c', relations: ['thule-opposes-mu'], removed: false },
      ],
      handovers: [],
    });
    expect(ids((await draftOf(dir, 'tiny-a')).relations)).toEqual(['atlantis-participates-in-coral-accord']);
    await expect(readFile(join(dir, 'drafts', 'tiny-b.json'), 'utf8')).rejects.toThrow();
    expect(ids((await draftOf(dir, 'tiny-c')).relations)).toEqual(['mu-concern-coral-accord', 'atlantis-ally-lemuria']);
    await expect(loadGraphData(dir, { drafts: 'check' })).resolves.toBeDefined();
  });

  it('with all, hands over the entities other drafts name to the first of them, and drops the rest', async () => {
    const dir = await withDrafts(A, C, B);
    const result = await rejectDraft(dir, 'tiny-a', 'all');
    expect(result).toEqual({
      entities: 0,
      relations: 3,
      cascaded: [],
      handovers: [
        { entity: 'coral-accord', from: 'tiny-a', to: 'tiny-b' },
        { entity: 'thule', from: 'tiny-a', to: 'tiny-b' },
      ],
    });
    await expect(readFile(join(dir, 'drafts', 'tiny-a.json'), 'utf8')).rejects.toThrow();
    expect(ids((await draftOf(dir, 'tiny-b')).entities)).toEqual(['coral-accord', 'thule']);
    const data = await loadGraphData(dir, { drafts: 'include' });
    // tiny-b's relation that took tiny-a's id stands alone now, with its own quote.
    expect(data.relations.find((r) => r.id === 'atlantis-ally-thule')?.evidence.map((e) => e.sourceId)).toEqual([
      'tiny-b',
    ]);
  });

  it('with all and cascade, drops the entities and the relations of other drafts that name them', async () => {
    const dir = await withDrafts(A, B, C);
    const result = await rejectDraft(dir, 'tiny-a', 'all', { cascade: true });
    expect(result).toMatchObject({ entities: 2, relations: 3, handovers: [] });
    expect(result.cascaded.map((c) => [c.source, c.relations.length, c.removed])).toEqual([
      ['tiny-b', 2, true],
      ['tiny-c', 2, false],
    ]);
    expect(ids((await draftOf(dir, 'tiny-c')).relations)).toEqual(['atlantis-ally-lemuria']);
    await expect(loadGraphData(dir, { drafts: 'check' })).resolves.toBeDefined();
  });
});
