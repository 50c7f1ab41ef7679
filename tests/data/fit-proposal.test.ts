// fitProposal: a proposal made to fit what graph-data holds, so that no draft conflicts with another.
import { describe, expect, it } from 'vitest';
import { fitProposal, type Holdings, type ProposedItems } from '../../src/data/fit-proposal.ts';

const relation = (id: string, type: 'ALLY' | 'CONCERN', from: string, to: string, quote: string) => ({
  id,
  type,
  from,
  to,
  summary: 's',
  confidence: 1,
  evidence: [{ source: 'new', quote }],
});
const entity = (id: string, name: string, aliases: string[] = []) => ({ id, name, kind: 'COUNTRY' as const, aliases });

const holdings = (): Holdings => ({
  source: 'new',
  curated: { entities: [entity('mu', 'Mu')], relations: [{ id: 'c1', type: 'CONCERN', from: 'mu', to: 'thule' }] },
  drafts: new Map([
    [
      'old',
      {
        source: 'old',
        entities: [entity('thule', 'Thule', ['Thulean Republic'])],
        relations: [relation('d1', 'ALLY', 'mu', 'thule', 'a quote of the old draft')],
      },
    ],
  ]),
  previous: [],
});

describe('fitProposal', () => {
  it('takes an entity a known name names as that entity, and drops a relation its two ends became one', () => {
    const proposal: ProposedItems = {
      entities: [entity('republic-of-thule', 'Thulean Republic'), entity('mu-empire', 'MU')],
      relations: [
        relation('x1', 'ALLY', 'republic-of-thule', 'mu-empire', 'they are firm allies now'),
        relation('x2', 'CONCERN', 'mu-empire', 'mu', 'Mu is worried about Mu'),
      ],
    };
    expect(fitProposal(proposal, holdings())).toEqual({
      entities: [],
      relations: [{ ...relation('d1', 'ALLY', 'thule', 'mu', 'they are firm allies now') }],
      corroborations: { curated: [], drafted: [{ id: 'd1', source: 'old' }] },
    });
  });

  it('takes a curated twin before a drafted one, and merges two proposals that take one id', () => {
    const proposal: ProposedItems = {
      entities: [],
      relations: [
        relation('y1', 'CONCERN', 'mu', 'thule', 'the first quote of it'),
        relation('y2', 'CONCERN', 'mu', 'thule', 'the second quote of it'),
        relation('d1', 'CONCERN', 'thule', 'mu', 'a new thing, said once'),
      ],
    };
    const fitted = fitProposal(proposal, holdings());
    expect(fitted.relations.map((r) => [r.id, r.evidence.length])).toEqual([
      ['c1', 2],
      ['d1-2', 1],
    ]);
    expect(fitted.corroborations).toEqual({ curated: ['c1'], drafted: [] });
  });

  it('renames an entity whose id is a known name and leaves out an alias that is one, each with a note', () => {
    const proposal: ProposedItems = {
      entities: [{ ...entity('thule', 'Thule Islands', ['Thulean Republic', 'Isles']), note: 'from the title' }],
      relations: [],
    };
    expect(fitProposal(proposal, holdings()).entities).toEqual([
      {
        ...entity('thule-2', 'Thule Islands', ['Isles']),
        note:
          'from the title; may be the same as "thule" (Thule) in drafts/old.json: proposed as "thule", a name of that one, so renamed; ' +
          'may be the same as "thule" (Thule) in drafts/old.json: its alias "Thulean Republic" names that one, so it was left out',
      },
    ]);
  });

  it("keeps the previous draft's entities that its relations still name, as they were", () => {
    const previous = [{ ...entity('coral', 'Coral Accord'), note: 'edited by hand' }, entity('gone', 'Gone')];
    const proposal: ProposedItems = {
      entities: [],
      relations: [relation('z1', 'CONCERN', 'mu', 'coral', 'Mu is alarmed by the Coral Accord')],
    };
    expect(fitProposal(proposal, { ...holdings(), previous }).entities).toEqual([previous[0]]);
  });
});
