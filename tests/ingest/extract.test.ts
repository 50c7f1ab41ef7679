import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/extract.ts';
import type { ExtractedRelation } from '../../src/ingest/extraction.ts';
import type { Entity } from '../../src/model.ts';

const relationsOf = (text: string, known: Entity[] = []) =>
  extract({ sourceId: 'test', text, known }).relations.map((r) => `${r.type} ${r.from} -> ${r.to}`);

describe('one cue per relation type, with its direction', () => {
  it.each([
    ['ALLY', "Canada is Britain's closest ally.", 'ALLY canada -> united-kingdom'],
    ['RIVAL', 'The rivalry between India and Pakistan has deepened.', 'RIVAL india -> pakistan'],
    ['AGREEMENT', 'Chile signed a trade agreement with Peru.', 'AGREEMENT chile -> peru'],
    ['CONCERN', "Vietnam is worried about China's naval build-up.", 'CONCERN vietnam -> china'],
    ['MEMBER_OF', 'Finland joined NATO in 2023.', 'MEMBER_OF finland -> nato'],
    ['LEADS', 'Chancellor Olaf Scholz of Germany met the press.', 'LEADS olaf-scholz -> germany'],
    ['SUPPORTS', 'Poland supports Ukraine.', 'SUPPORTS poland -> ukraine'],
    ['OPPOSES', 'Brazil criticised Israel over the strikes.', 'OPPOSES brazil -> israel'],
  ])('%s', (_type, text, relation) => {
    expect(relationsOf(text)).toEqual([relation]);
  });
});

describe('structure', () => {
  it('turns a passive round: "was commended by X" makes X the subject', () => {
    expect(relationsOf('Ukraine was commended by Poland.')).toEqual(['SUPPORTS poland -> ukraine']);
    expect(relationsOf('Poland commended Ukraine.')).toEqual(['SUPPORTS poland -> ukraine']);
  });

  it('keeps the experiencer first: the subject of "threatens" is what the object fears', () => {
    expect(relationsOf('Russia threatens Moldova.')).toEqual(['CONCERN moldova -> russia']);
  });

  it('pairs a coordinated subject of a symmetric verb: "X and Y agreed"', () => {
    expect(relationsOf('France and Germany agreed on a new defence plan.')).toEqual(['AGREEMENT france -> germany']);
  });

  it('gives each member of a list its relation: "agreements with A, B and C"', () => {
    expect(relationsOf('Japan signed agreements with Australia, Germany and the UAE.')).toEqual([
      'AGREEMENT japan -> australia',
      'AGREEMENT japan -> germany',
      'AGREEMENT japan -> united-arab-emirates',
    ]);
  });

  it('drops a negated relation but not "not only"', () => {
    expect(relationsOf('Norway does not support Serbia.')).toEqual([]);
    expect(relationsOf('Norway no longer supports Serbia.')).toEqual([]);
    expect(relationsOf('Norway has not only praised Serbia but also funded it.')).toEqual([
      'SUPPORTS norway -> serbia',
    ]);
  });

  it('resolves "it" and "they" to the subject of the sentence before', () => {
    expect(relationsOf('Chile is a Pacific state. It opposes Bolivia.')).toEqual(['OPPOSES chile -> bolivia']);
    expect(relationsOf('Chile and Peru met in Lima. They agreed to cut tariffs.')).toEqual(['AGREEMENT chile -> peru']);
  });

  it('reads what a name says (members of "the X-Y alliance"), but not a title it only restates', () => {
    const text = 'The Lula administration praised the Brazil-Argentina alliance.';
    expect(relationsOf(text)).toEqual([
      'SUPPORTS lula-administration -> brazil-argentina-alliance',
      'MEMBER_OF argentina -> brazil-argentina-alliance',
      'MEMBER_OF brazil -> brazil-argentina-alliance',
    ]);
  });

  it('uses the known entities and their aliases (alias-table mode)', () => {
    const known: Entity[] = [
      { id: 'rok', name: 'Republic of Korea', kind: 'COUNTRY', aliases: ['Seoul', 'South Korea'] },
      { id: 'dprk', name: 'North Korea', kind: 'COUNTRY', aliases: ['Pyongyang'] },
    ];
    const { entities, relations } = extract({ sourceId: 'test', text: 'Seoul is concerned about Pyongyang.', known });
    expect(entities).toEqual([]);
    expect(relations.map((r) => `${r.type} ${r.from} -> ${r.to}`)).toEqual(['CONCERN rok -> dprk']);
  });
});

const ARTICLE = `Ties across the Strait

Taiwan is concerned about China’s drills near Kinmen. The United States supports Taiwan, and it has signed an arms deal with Taipei.
Under President Lai, Taiwan joined the Global Cooperation and Training Framework. Japan and the Philippines agreed on a visiting forces pact; they are worried about Beijing.
China criticised the Philippines, which was backed by Vietnam. Dr. Li told the U.S. press that Manila is Tokyo’s closest partner.`;

describe('quotes that reach back to a name', () => {
  const quotesOf = (text: string) =>
    extract({ sourceId: 'test', text, known: [] }).relations.map((r) => `${r.type}: ${r.evidence[0]?.quote}`);

  it('reaches back over whole sentences to the one after the name a description stands for', () => {
    const text =
      'Chile and Peru signed the Andes Pact in 2019. The two sides met again in 2020. Bolivia criticised the pact.';
    expect(quotesOf(text)).toEqual([
      'AGREEMENT: Chile and Peru signed',
      'OPPOSES: The two sides met again in 2020. Bolivia criticised the pact',
    ]);
  });

  it('crosses a paragraph break only to a heading', () => {
    expect(quotesOf('What is the Andes Pact?\n\nThe pact was criticised by Bolivia in 2020.')).toEqual([
      'OPPOSES: What is the Andes Pact?\n\nThe pact was criticised by Bolivia',
    ]);
    const text =
      'Chile and Peru signed the Andes Pact in 2019.\n\nThe two sides met again in 2020. Bolivia criticised the pact.';
    expect(quotesOf(text)).toEqual(['AGREEMENT: Chile and Peru signed']);
  });
});

describe('the relations of an article', () => {
  const extraction = extract({ sourceId: 'article', text: ARTICLE, known: [] });

  it('quotes every relation verbatim, at its offsets, a clause of at least 20 characters', () => {
    expect(extraction.relations.length).toBeGreaterThan(5);
    for (const r of extraction.relations) {
      expect(ARTICLE.slice(r.start, r.end)).toBe(r.evidence[0]?.quote);
      for (const e of r.evidence) {
        expect(e.source).toBe('article');
        expect(e.quote.length).toBeGreaterThanOrEqual(20);
        expect(ARTICLE.includes(e.quote)).toBe(true);
      }
    }
  });

  it('gives well-formed relations: contract types, slug ids, a summary, a confidence in 0..1', () => {
    const ids = new Set(extraction.entities.map((e) => e.id));
    for (const r of extraction.relations as ExtractedRelation[]) {
      expect(['ALLY', 'RIVAL', 'AGREEMENT', 'CONCERN', 'MEMBER_OF', 'LEADS', 'SUPPORTS', 'OPPOSES']).toContain(r.type);
      expect(r.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(r.id.startsWith(`${r.from}-${r.type.toLowerCase().replace(/_/g, '-')}-${r.to}`)).toBe(true);
      expect(ids.has(r.from) && ids.has(r.to)).toBe(true);
      expect(r.summary).toMatch(/^[A-Z].*\.$/);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
    expect(new Set(extraction.relations.map((r) => r.id)).size).toBe(extraction.relations.length);
  });

  it('finds what the article states', () => {
    const found = extraction.relations.map((r) => `${r.type} ${r.from} -> ${r.to}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'CONCERN taiwan -> china',
        'SUPPORTS united-states -> taiwan',
        'AGREEMENT united-states -> taiwan',
        'AGREEMENT japan -> philippines',
        'CONCERN japan -> china',
        'CONCERN philippines -> china',
        'OPPOSES china -> philippines',
        'SUPPORTS vietnam -> philippines',
        'LEADS lai -> taiwan',
        'ALLY philippines -> japan',
      ]),
    );
  });

  it('is deterministic', () => {
    expect(extract({ sourceId: 'article', text: ARTICLE, known: [] })).toEqual(extraction);
  });
});
