// Reading drafts for curating: which draft owns an entity, which drafts' relations name it, handing it over.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CurationError } from '../../src/data/commit-files.ts';
import {
  type Drafts,
  entityOwners,
  entityUses,
  type Handover,
  handOver,
  readDraft,
  readDrafts,
} from '../../src/data/drafts.ts';
import type { DraftFile } from '../../src/data/schema.ts';
import { copyTinyGraph } from '../helpers.ts';

const relation = (id: string, from: string, to: string) => ({
  id,
  type: 'CONCERN' as const,
  from,
  to,
  summary: 's',
  confidence: 1,
  evidence: [{ source: 'x', quote: 'a quote long enough to count' }],
});
const entity = (id: string) => ({ id, name: id.toUpperCase(), kind: 'COUNTRY' as const, aliases: [] });
const draft = (source: string, entities: DraftFile['entities'], relations: DraftFile['relations']): DraftFile => ({
  source,
  entities,
  relations,
});

describe('readDrafts and readDraft', () => {
  it('reads every valid draft in file-name order, leaving out one that is not a draft', async () => {
    const dir = await copyTinyGraph();
    await mkdir(join(dir, 'drafts'));
    await writeFile(join(dir, 'drafts', 'b.json'), JSON.stringify(draft('b', [entity('thule')], [])));
    await writeFile(join(dir, 'drafts', 'a.json'), JSON.stringify(draft('a', [], [])));
    await writeFile(join(dir, 'drafts', 'c.json'), '{ "source": "c", ');
    const drafts = await readDrafts(dir);
    expect([...drafts.keys()]).toEqual(['a', 'b']);
    await expect(readDraft(dir, 'c')).rejects.toThrow(
      new CurationError(
        `${join(dir, 'drafts', 'c.json')} is not a valid draft; expected one that kg validate accepts: run it to see what is wrong`,
      ),
    );
  });
});

describe('entityOwners, entityUses and handOver', () => {
  const drafts = (): Drafts =>
    new Map([
      ['a', draft('a', [entity('thule'), entity('coral')], [relation('r1', 'thule', 'mu')])],
      ['b', draft('b', [], [relation('r2', 'mu', 'thule'), relation('r3', 'thule', 'coral')])],
      ['c', draft('c', [], [relation('r4', 'coral', 'mu')])],
    ]);

  it('tells the owner of each draft entity, and the relations of each draft that name one', () => {
    expect([...entityOwners(drafts())]).toEqual([
      ['thule', 'a'],
      ['coral', 'a'],
    ]);
    expect([...entityUses(drafts(), new Set(['thule', 'coral']))]).toEqual([
      [
        'thule',
        [
          { source: 'a', relations: ['r1'] },
          { source: 'b', relations: ['r2', 'r3'] },
        ],
      ],
      [
        'coral',
        [
          { source: 'b', relations: ['r3'] },
          { source: 'c', relations: ['r4'] },
        ],
      ],
    ]);
  });

  it('hands each entity to the first other draft that names it, and nothing that no other draft names', () => {
    const all = drafts();
    const handovers: Handover[] = [];
    const leaving = [entity('thule'), entity('coral'), entity('unused')];
    expect(handOver(all, 'a', leaving, handovers)).toEqual(new Set(['thule', 'coral']));
    expect(handovers).toEqual([
      { entity: 'thule', from: 'a', to: 'b' },
      { entity: 'coral', from: 'a', to: 'b' },
    ]);
    expect(all.get('b')?.entities.map((e) => e.id)).toEqual(['thule', 'coral']);
    expect(all.get('c')?.entities).toEqual([]);
  });
});
