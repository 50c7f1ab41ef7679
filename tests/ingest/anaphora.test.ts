import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/extract.ts';

const relationsOf = (text: string) =>
  extract({ sourceId: 'test', text, known: [] }).relations.map((r) => `${r.type} ${r.from} -> ${r.to}`);

describe('plural descriptions', () => {
  it('reads "both governments" and "the two countries" as the pair just named together', () => {
    expect(relationsOf('Chile and Peru held talks in Lima. Both governments condemned Bolivia.')).toEqual([
      'OPPOSES chile -> bolivia',
      'OPPOSES peru -> bolivia',
    ]);
    expect(relationsOf('Chile and Peru held talks in Lima. The two countries criticised Ecuador.')).toEqual([
      'OPPOSES chile -> ecuador',
      'OPPOSES peru -> ecuador',
    ]);
  });

  it('reads "the two leaders" as the two people just named', () => {
    const text = 'President Ruto met President Hassan in Nairobi. The two leaders praised Ethiopia.';
    expect(relationsOf(text)).toEqual(['SUPPORTS hassan -> ethiopia', 'SUPPORTS ruto -> ethiopia']);
  });

  it('prefers the countries named before it in its own sentence', () => {
    const text =
      'Chile signed a deal with Peru. Later Bolivia met Ecuador in Quito, and the two governments criticised Peru.';
    expect(relationsOf(text)).toEqual([
      'AGREEMENT chile -> peru',
      'OPPOSES bolivia -> peru',
      'OPPOSES ecuador -> peru',
    ]);
  });

  it('finds a list of the right size a few sentences back, and "juntas" among the heads', () => {
    const text =
      'The military rulers of Mali, Niger and Chad met in May. They spoke for hours. Nobody objected. Later the three juntas signed a pact.';
    expect(relationsOf(text)).toEqual(['AGREEMENT mali -> chad', 'AGREEMENT mali -> niger', 'AGREEMENT niger -> chad']);
  });

  it('reads "those countries" as the list just named, whatever its size', () => {
    const text =
      'Washington recalled its envoys from Panama, El Salvador and Haiti after those countries switched to Beijing.';
    expect(relationsOf(text)).toEqual([
      'OPPOSES united-states -> el-salvador',
      'OPPOSES united-states -> haiti',
      'OPPOSES united-states -> panama',
      'AGREEMENT el-salvador -> china',
      'AGREEMENT haiti -> china',
      'AGREEMENT panama -> china',
    ]);
  });

  it('reads "the two governments" as the states of the two leaders just named', () => {
    const text =
      'Peruvian President Pedro Ruiz flew in from Bolivia. President Ana Gil of Chile received Pedro Ruiz in Santiago, and the two governments signed a trade agreement.';
    expect(relationsOf(text).filter((r) => r.startsWith('AGREEMENT'))).toEqual(['AGREEMENT chile -> peru']);
  });

  it('leaves "the two countries" unresolved when more than two countries could be meant', () => {
    const text = 'Chile met Peru, Ecuador and Brazil. The two countries criticised Bolivia.';
    expect(relationsOf(text)).toEqual([]);
  });
});

describe('definite descriptions', () => {
  it('learns what an entity is from an apposition, so that "the pact" can stand for it', () => {
    const text = 'AUKUS, a security pact, was signed in 2021. Indonesia criticised the pact.';
    expect(relationsOf(text)).toEqual(['OPPOSES indonesia -> aukus']);
  });

  it('reads a description with a noun before its head: "the compensation plan"', () => {
    const text = 'Chile announced the Andes Compensation Plan in May. Peru criticised the compensation plan.';
    expect(relationsOf(text)).toEqual(['OPPOSES peru -> andes-compensation-plan']);
  });

  it('lets "its" stand for a description just resolved: "The grouping takes its name"', () => {
    const text =
      'Mercosur, a club of southern economies, met in May. The grouping takes its name from its original members, Chile, Peru and Bolivia.';
    expect(relationsOf(text)).toEqual([
      'MEMBER_OF bolivia -> mercosur',
      'MEMBER_OF chile -> mercosur',
      'MEMBER_OF peru -> mercosur',
    ]);
  });

  it('prefers the entity a description’s own head word names to a later one of the same class', () => {
    const text =
      'Beijing condemned AUKUS, a security pact. It also named the Treaty of Lima. Indonesia voiced concern that the pact could fuel an arms race.';
    expect(relationsOf(text)).toEqual(['OPPOSES china -> aukus', 'CONCERN indonesia -> aukus']);
  });

  it('reads "X and Y, both members of Z" as a predicate, not as a reference', () => {
    expect(relationsOf('Chile and Peru, both members of Mercosur, objected.')).toEqual([
      'MEMBER_OF chile -> mercosur',
      'MEMBER_OF peru -> mercosur',
    ]);
  });
});

describe('pronouns', () => {
  it('takes the subject a sentence inherits across an aside as the next sentence’s "it"', () => {
    const text = 'The Andean Bank, founded by Chile in 2014, lends to farmers. It is led by Ana Ruiz.';
    expect(relationsOf(text)).toEqual(['MEMBER_OF chile -> andean-bank', 'LEADS ana-ruiz -> andean-bank']);
  });

  it('does not take a relative clause’s subject for the sentence’s', () => {
    const text = 'Ana Gil, whose Labour Party backed the Andes Pact in 2020, has made it a centrepiece of her policy.';
    expect(relationsOf(text)).toEqual([
      'MEMBER_OF ana-gil -> labour-party',
      'SUPPORTS ana-gil -> andes-pact',
      'SUPPORTS labour-party -> andes-pact',
    ]);
  });

  it('reads "the president" as the person last titled so, unless a name or "of X" follows', () => {
    const text = 'President Ana Gil met the envoys. The opposition Labour Party accused the president of lying.';
    expect(relationsOf(text)).toEqual(['OPPOSES labour-party -> ana-gil']);
  });

  it('takes a subject across "itself" for "it": "Washington itself has not ..., when it switched"', () => {
    const text = 'Washington itself has not recognised Taipei since 1979, when it switched to Beijing.';
    expect(relationsOf(text)).toEqual(['AGREEMENT united-states -> china']);
  });

  it('does not look for the verb "its" follows past a clause boundary', () => {
    const text = 'The Ministry of Trade in Lima was unmoved: its spokesperson, Ana Gil, spoke.';
    expect(relationsOf(text)).toEqual(['MEMBER_OF ana-gil -> ministry-of-trade']);
  });

  it('does not read an opening "For X," as an apposition that names X', () => {
    expect(relationsOf('For Chile, the pact is the latest step. Peru criticised the pact.')).toEqual([]);
  });

  it('gives "its" the subject of the verb it follows', () => {
    const text =
      'Finland and Sweden met in May. The two countries joined NATO after Russia launched its invasion of Ukraine.';
    expect(relationsOf(text)).toEqual([
      'MEMBER_OF finland -> nato',
      'MEMBER_OF sweden -> nato',
      'RIVAL russia -> ukraine',
    ]);
  });

  it('gives "they" the list named just before it', () => {
    const text = 'Peru backed the plan. Chile and Bolivia, which have both said they support Ecuador, met.';
    expect(relationsOf(text)).toEqual(['SUPPORTS bolivia -> ecuador', 'SUPPORTS chile -> ecuador']);
  });

  it('reads "his government" as the state the person leads', () => {
    const text = "Somali President Hassan Ali spoke in May. In April his government expelled Kenya's ambassador.";
    expect(relationsOf(text)).toEqual(['LEADS hassan-ali -> somalia', 'OPPOSES somalia -> kenya']);
  });

  it('prefers the last sentence’s subject to a name after a preposition', () => {
    const text = 'ECOWAS met in Abuja. It imposed sanctions on Mali, and it threatened Niger.';
    expect(relationsOf(text)).toEqual([
      'OPPOSES economic-community-of-west-african-states -> mali',
      'CONCERN niger -> economic-community-of-west-african-states',
    ]);
  });
});
