import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/ingest/extract.ts';
import type { Mention } from '../../src/ingest/mentions.ts';
import { type CueAt, eachWord, RelationSink, spokenMentions } from '../../src/ingest/rule-context.ts';
import type { EntityKind } from '../../src/model.ts';

const KINDS: Record<string, EntityKind> = {
  chile: 'COUNTRY',
  peru: 'COUNTRY',
  bolivia: 'COUNTRY',
  'ana-gil': 'PERSON',
  mercosur: 'GROUPING',
  'andes-plan': 'POLICY',
  patagonia: 'REGION',
};
const kindOf = (id: string): EntityKind | undefined => KINDS[id];

/** A mention of `entityId` over tokens `first` to `last`, made by hand. */
function mention(entityId: string, first: number, last = first): Mention {
  return { entityId, first, last, start: first * 10, end: last * 10 + 5, possessive: false, via: 'name', inner: [] };
}

const cue = (at: number, extra: Partial<CueAt> = {}): CueAt => ({
  at,
  strength: 0.9,
  penalty: 0,
  rule: 'test',
  ...extra,
});

/** What a sink found, as "TYPE from -> to confidence [first..last] rule". */
const findings = (sink: RelationSink) =>
  sink.found.map((f) => `${f.type} ${f.from} -> ${f.to} ${f.confidence} [${f.first}..${f.last}] ${f.rule}`);

describe('RelationSink.fits', () => {
  const sink = new RelationSink(kindOf);

  it('takes any actor as a subject unless the type says otherwise, and never a policy, a region or an unknown', () => {
    expect(sink.fits('SUPPORTS', 'from', mention('chile', 0))).toBe(true);
    expect(sink.fits('SUPPORTS', 'from', mention('mercosur', 0))).toBe(true);
    expect(sink.fits('SUPPORTS', 'from', mention('andes-plan', 0))).toBe(false);
    expect(sink.fits('SUPPORTS', 'from', mention('patagonia', 0))).toBe(false);
    expect(sink.fits('SUPPORTS', 'from', mention('nobody-knows', 0))).toBe(false);
  });

  it('lets only a person lead, and only a country, body or company be led', () => {
    expect(sink.fits('LEADS', 'from', mention('ana-gil', 0))).toBe(true);
    expect(sink.fits('LEADS', 'from', mention('chile', 0))).toBe(false);
    expect(sink.fits('LEADS', 'to', mention('chile', 0))).toBe(true);
    expect(sink.fits('LEADS', 'to', mention('mercosur', 0))).toBe(true);
    expect(sink.fits('LEADS', 'to', mention('ana-gil', 0))).toBe(false);
  });

  it('takes only a grouping, an organisation or a company as what is joined, and no policy as a member', () => {
    expect(sink.fits('MEMBER_OF', 'to', mention('mercosur', 0))).toBe(true);
    expect(sink.fits('MEMBER_OF', 'to', mention('chile', 0))).toBe(false);
    expect(sink.fits('MEMBER_OF', 'from', mention('ana-gil', 0))).toBe(true);
    expect(sink.fits('MEMBER_OF', 'from', mention('andes-plan', 0))).toBe(false);
  });

  it('takes only actors on both sides of an alliance, but anything as what is opposed', () => {
    expect(sink.fits('ALLY', 'to', mention('andes-plan', 0))).toBe(false);
    expect(sink.fits('ALLY', 'to', mention('ana-gil', 0))).toBe(true);
    expect(sink.fits('OPPOSES', 'to', mention('andes-plan', 0))).toBe(true);
    expect(sink.fits('OPPOSES', 'to', mention('patagonia', 0))).toBe(true);
    // An entity of no known kind counts as a region.
    expect(sink.fits('OPPOSES', 'to', mention('nobody-knows', 0))).toBe(true);
    expect(sink.fits('ALLY', 'to', mention('nobody-knows', 0))).toBe(false);
  });
});

describe('RelationSink.emit', () => {
  it('records the pair with a span over both parties and the cue, and a confidence rounded to hundredths', () => {
    const sink = new RelationSink(kindOf);
    sink.emit('OPPOSES', mention('chile', 3, 4), mention('peru', 9), 0.8349, [6, 7], 'verb');
    expect(findings(sink)).toEqual(['OPPOSES chile -> peru 0.83 [3..9] verb']);
    sink.emit('OPPOSES', mention('chile', 5), mention('bolivia', 6), 0.5, [2, 11], 'noun');
    expect(findings(sink)[1]).toBe('OPPOSES chile -> bolivia 0.5 [2..11] noun');
  });

  it('keeps a confidence within 0 and 1', () => {
    const sink = new RelationSink(kindOf);
    sink.emit('ALLY', mention('chile', 0), mention('peru', 2), 1.3, [1], 'r');
    sink.emit('ALLY', mention('chile', 0), mention('bolivia', 2), -0.2, [1], 'r');
    expect(sink.found.map((f) => f.confidence)).toEqual([1, 0]);
  });

  it('drops a relation of an entity with itself and a pair whose kinds do not fit the type', () => {
    const sink = new RelationSink(kindOf);
    sink.emit('ALLY', mention('chile', 0), mention('chile', 4), 0.9, [2], 'r');
    sink.emit('LEADS', mention('chile', 0), mention('peru', 4), 0.9, [2], 'r');
    sink.emit('LEADS', mention('ana-gil', 0), mention('andes-plan', 4), 0.9, [2], 'r');
    expect(sink.found).toEqual([]);
    sink.emit('LEADS', mention('ana-gil', 0), mention('chile', 4), 0.9, [2], 'r');
    expect(findings(sink)).toEqual(['LEADS ana-gil -> chile 0.9 [0..4] r']);
  });
});

describe('RelationSink.emitPairs', () => {
  it('pairs every member of the first fitting subject with every member of the first fitting object', () => {
    const sink = new RelationSink(kindOf);
    const from = [{ group: [mention('chile', 0), mention('peru', 2)], penalty: 0 }];
    const to = [{ group: [mention('bolivia', 5)], penalty: 0.1 }];
    expect(sink.emitPairs('OPPOSES', from, to, cue(3))).toBe(true);
    expect(findings(sink)).toEqual([
      'OPPOSES chile -> bolivia 0.8 [0..5] test',
      'OPPOSES peru -> bolivia 0.8 [2..5] test',
    ]);
  });

  it('passes over candidates that do not fit, and objects that are the subject itself', () => {
    const sink = new RelationSink(kindOf);
    const from = [
      { group: [mention('andes-plan', 0)], penalty: 0 },
      { group: [mention('chile', 2)], penalty: 0.05 },
    ];
    const to = [
      { group: [mention('chile', 6)], penalty: 0 },
      { group: [mention('andes-plan', 8)], penalty: 0 },
      { group: [mention('peru', 10)], penalty: 0 },
    ];
    expect(sink.emitPairs('ALLY', from, to, cue(3))).toBe(true);
    expect(findings(sink)).toEqual(['ALLY chile -> peru 0.85 [2..10] test']);
  });

  it('takes off the cue penalty, both parties’ penalties and 0.02 a token beyond 8 from the cue, at most 0.3', () => {
    const sink = new RelationSink(kindOf);
    const from = [{ group: [mention('chile', 0)], penalty: 0.1 }];
    sink.emitPairs('SUPPORTS', from, [{ group: [mention('peru', 11)], penalty: 0.05 }], cue(1, { penalty: 0.1 }));
    sink.emitPairs('SUPPORTS', from, [{ group: [mention('bolivia', 60)], penalty: 0 }], cue(1, { last: 3 }));
    expect(findings(sink)).toEqual([
      // 0.9 - 0.1 - 0.15 - 0.02 × (11 - 1 - 8)
      'SUPPORTS chile -> peru 0.61 [0..11] test',
      // 0.9 - 0.1 - 0.3: far beyond the cue, the deduction stops at 0.3
      'SUPPORTS chile -> bolivia 0.5 [0..60] test',
    ]);
  });

  it('pairs the members of a coordinated subject when a symmetric type has no object', () => {
    const sink = new RelationSink(kindOf);
    const from = [{ group: [mention('chile', 0), mention('peru', 2), mention('bolivia', 4)], penalty: 0 }];
    expect(sink.emitPairs('AGREEMENT', from, [], cue(5, { last: 6 }))).toBe(true);
    expect(findings(sink)).toEqual([
      'AGREEMENT chile -> peru 0.9 [0..6] test',
      'AGREEMENT chile -> bolivia 0.9 [0..6] test',
      'AGREEMENT peru -> bolivia 0.9 [2..6] test',
    ]);
  });

  it('finds nothing without an object for a directed type, a lone subject, or a subject that does not fit', () => {
    const sink = new RelationSink(kindOf);
    const pair = [{ group: [mention('chile', 0), mention('peru', 2)], penalty: 0 }];
    expect(sink.emitPairs('OPPOSES', pair, [], cue(3))).toBe(false);
    expect(sink.emitPairs('AGREEMENT', [{ group: [mention('chile', 0)], penalty: 0 }], [], cue(3))).toBe(false);
    const to = [{ group: [mention('peru', 4)], penalty: 0 }];
    expect(sink.emitPairs('ALLY', [{ group: [mention('andes-plan', 0)], penalty: 0 }], to, cue(2))).toBe(false);
    // Of a coordinated subject, only the members that fit are paired: here one, so nothing.
    const mixed = [{ group: [mention('chile', 0), mention('patagonia', 2)], penalty: 0 }];
    expect(sink.emitPairs('AGREEMENT', mixed, [], cue(3))).toBe(false);
    expect(sink.found).toEqual([]);
  });
});

describe('eachWord', () => {
  it('visits the words inside clauses, past mentions, punctuation between clauses and shouted headings', () => {
    const { structure } = analyseText('CHILE CONDEMNS PERU\n\nChile condemned Peru; Bolivia agreed.', [], 'test');
    const visited: string[] = [];
    eachWord(structure, (i) => visited.push(structure.tokens[i]?.text ?? '?'));
    expect(visited).toEqual(['condemned', 'agreed', '.']);
  });
});

describe('spokenMentions', () => {
  it('leaves out the mentions of a heading in capitals', () => {
    const { structure } = analyseText('CHILE CONDEMNS PERU\n\nChile condemned Bolivia.', [], 'test');
    expect(structure.mentions.map((m) => m.entityId)).toEqual(['chile', 'peru', 'chile', 'bolivia']);
    expect(spokenMentions(structure).map((m) => `${m.entityId}@${m.first}`)).toEqual(['chile@3', 'bolivia@5']);
  });
});
