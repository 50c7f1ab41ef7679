import { describe, expect, it } from 'vitest';
import type { ExtractedRelation } from '../../src/ingest/extraction.ts';
import { type CandidateRelation, GATE_REASON_CODES, GATE_REASONS, gateRelations } from '../../src/ingest/gate.ts';
import type { Entity } from '../../src/model.ts';

const P1 =
  'Japan and the Philippines signed a reciprocal\naccess agreement in Manila on Monday. ' +
  'Prime Minister Fumio Kishida said Tokyo was “deeply concerned” about China’s actions.';
const P2 =
  'The two countries pledged to deepen their defence partnership, Manila said. ' +
  'Kishida will return to the region in\u00a0May for further talks.';
const P3 = 'Chinese officials rejected the  criticism of the Japanese. Beijing called the pact "a provocation".';
const TEXT = `${P1}\n\n${P2}\n\n${P3}`;

const ENTITIES: Entity[] = [
  { id: 'japan', name: 'Japan', kind: 'COUNTRY', aliases: [] },
  { id: 'philippines', name: 'Philippines', kind: 'COUNTRY', aliases: [] },
  { id: 'china', name: 'China', kind: 'COUNTRY', aliases: [] },
  { id: 'fumio-kishida', name: 'Fumio Kishida', kind: 'PERSON', aliases: [] },
];

const gate = (candidates: CandidateRelation[], maxQuoteChars?: number) =>
  gateRelations({ text: TEXT, sourceId: 'test', candidates, entities: ENTITIES, maxQuoteChars });

const candidate = (type: string, from: string, to: string, quote: string, confidence = 0.9): CandidateRelation => ({
  type,
  from,
  to,
  quote,
  confidence,
});

/** The relation the gate keeps for `span`, the text's own characters at its first occurrence from `after`. */
function kept(
  id: string,
  fields: Pick<ExtractedRelation, 'type' | 'from' | 'to' | 'summary' | 'confidence'>,
  ...spans: string[]
): ExtractedRelation {
  const start = TEXT.indexOf(spans[0] ?? '');
  expect(start).toBeGreaterThanOrEqual(0);
  for (const s of spans) expect(TEXT).toContain(s);
  return {
    id,
    ...fields,
    evidence: spans.map((quote) => ({ source: 'test', quote })),
    start,
    end: start + (spans[0] ?? '').length,
  };
}

describe('GATE_REASONS', () => {
  it('describes each reason in one line', () => {
    expect(GATE_REASON_CODES).toEqual([
      'unknown-type',
      'unknown-entity',
      'self-relation',
      'quote-too-short',
      'quote-too-long',
      'quote-not-found',
      'entity-not-named',
    ]);
    for (const code of GATE_REASON_CODES) expect(GATE_REASONS[code].description).toMatch(/^[a-z][^\n]+$/);
  });
});

describe('gateRelations drops', () => {
  it.each([
    [
      'a type outside the contract',
      candidate('PARTNER', 'japan', 'philippines', 'Japan and the Philippines signed'),
      'unknown-type',
      '"PARTNER" is not a relation type; use one of ALLY, RIVAL, AGREEMENT, CONCERN, MEMBER_OF, LEADS, SUPPORTS, OPPOSES',
    ],
    [
      'an end that is no entity given',
      candidate('AGREEMENT', 'japan', 'Atlantis', 'Japan and the Philippines signed'),
      'unknown-entity',
      '"Atlantis" is not an entity known or proposed for test',
    ],
    [
      'a relation of an entity with itself',
      candidate('ALLY', 'japan', 'japan', 'Japan and the Philippines signed'),
      'self-relation',
      'ALLY from japan to itself',
    ],
    [
      'a quote under 20 characters',
      candidate('AGREEMENT', 'japan', 'philippines', 'Japan and the Phil'),
      'quote-too-short',
      '"Japan and the Phil" has 18 characters; a quote needs 20',
    ],
    [
      'a quote of 20 characters that is shorter in the text',
      candidate('AGREEMENT', 'japan', 'philippines', 'Japan   and   the   Phil'),
      'quote-too-short',
      '"Japan and the Phil" has 18 characters in the text; a quote needs 20',
    ],
    [
      'a quote not in the text',
      candidate('ALLY', 'japan', 'philippines', 'Japan and the Philippines are allies'),
      'quote-not-found',
      '"Japan and the Philippines are allies" is not in the text of test',
    ],
    [
      'a quote with a word changed',
      candidate('AGREEMENT', 'japan', 'philippines', 'Japan and the Philippines signed a reciprocal access deal'),
      'quote-not-found',
      '"Japan and the Philippines signed a reciprocal access deal" is not in the text of test',
    ],
    [
      'a quote in other case',
      candidate('AGREEMENT', 'japan', 'philippines', 'japan and the philippines signed'),
      'quote-not-found',
      '"japan and the philippines signed" is not in the text of test',
    ],
    [
      'a quote with another dash or an ellipsis',
      candidate('AGREEMENT', 'japan', 'philippines', 'Japan and the Philippines signed … Monday'),
      'quote-not-found',
      '"Japan and the Philippines signed … Monday" is not in the text of test',
    ],
    [
      'a quote whose neighbourhood names one end only, the other in the sentence after',
      candidate('SUPPORTS', 'china', 'fumio-kishida', 'The two countries pledged to deepen their defence'),
      'entity-not-named',
      'China (china) is not named in "The two countries pledged to deepen their defence" or next to it',
    ],
    [
      'a quote naming one end only, the other across a paragraph break',
      candidate('ALLY', 'japan', 'philippines', 'pledged to deepen their defence partnership'),
      'entity-not-named',
      'Japan (japan) is not named in "pledged to deepen their defence partnership" or next to it',
    ],
    [
      'a quote naming neither end',
      candidate(
        'ALLY',
        'japan',
        'china',
        'The two countries pledged to deepen their defence partnership, Manila said.',
      ),
      'entity-not-named',
      'Japan (japan) and China (china) are not named in "The two countries pledged to deepen their defence partner..." or next to it',
    ],
  ] as const)('%s', (_, c, reason, detail) => {
    expect(gate([c])).toEqual({ kept: [], dropped: [{ candidate: c, reason, detail }] });
  });

  it('drops a quote longer than the limit', () => {
    const c = candidate('AGREEMENT', 'japan', 'philippines', 'Japan and the Philippines signed a reciprocal');
    expect(gate([c], 40)).toEqual({
      kept: [],
      dropped: [
        {
          candidate: c,
          reason: 'quote-too-long',
          detail: '"Japan and the Philippines signed a reciprocal" has 45 characters; at most 40',
        },
      ],
    });
  });
});

describe('gateRelations keeps, with the text’s own characters', () => {
  it('a verbatim quote, as it is', () => {
    const c = candidate('LEADS', 'fumio-kishida', 'japan', 'Prime Minister Fumio Kishida said Tokyo');
    expect(gate([c])).toEqual({
      kept: [
        kept(
          'fumio-kishida-leads-japan',
          { type: 'LEADS', from: 'fumio-kishida', to: 'japan', summary: 'Fumio Kishida leads Japan.', confidence: 0.9 },
          'Prime Minister Fumio Kishida said Tokyo',
        ),
      ],
      dropped: [],
    });
  });

  it.each([
    [
      'straight quotes for curly ones',
      'Tokyo was "deeply concerned" about China\'s actions',
      'Tokyo was “deeply concerned” about China’s actions',
    ],
    [
      'mixed and look-alike quote marks',
      'Tokyo was ″deeply concerned“ about Chinaʼs actions',
      'Tokyo was “deeply concerned” about China’s actions',
    ],
    [
      'doubled spaces',
      'Tokyo  was “deeply   concerned” about China’s actions',
      'Tokyo was “deeply concerned” about China’s actions',
    ],
    [
      'a line break in the quote',
      'Tokyo was “deeply\nconcerned” about\r\n China’s actions',
      'Tokyo was “deeply concerned” about China’s actions',
    ],
    [
      'surrounding whitespace',
      '  Tokyo was “deeply concerned” about China’s actions\n',
      'Tokyo was “deeply concerned” about China’s actions',
    ],
  ])('%s', (_, quote, span) => {
    expect(gate([candidate('CONCERN', 'japan', 'china', quote)]).kept).toEqual([
      kept(
        'japan-concern-china',
        { type: 'CONCERN', from: 'japan', to: 'china', summary: 'Japan is concerned about China.', confidence: 0.9 },
        span,
      ),
    ]);
  });

  it('a single space for the line break or the doubled space the text has', () => {
    const c1 = candidate(
      'AGREEMENT',
      'japan',
      'philippines',
      'Japan and the Philippines signed a reciprocal access agreement',
    );
    const c2 = candidate('OPPOSES', 'china', 'japan', 'Chinese officials rejected the criticism of the Japanese');
    expect(gate([c1, c2]).kept).toEqual([
      kept(
        'japan-agreement-philippines',
        {
          type: 'AGREEMENT',
          from: 'japan',
          to: 'philippines',
          summary: 'Japan and the Philippines have an agreement.',
          confidence: 0.9,
        },
        'Japan and the Philippines signed a reciprocal\naccess agreement',
      ),
      kept(
        'china-opposes-japan',
        { type: 'OPPOSES', from: 'china', to: 'japan', summary: 'China opposes Japan.', confidence: 0.9 },
        'Chinese officials rejected the  criticism of the Japanese',
      ),
    ]);
  });

  it('curly quotes for the straight ones the text has, and a space for a no-break space', () => {
    const c1 = candidate('OPPOSES', 'china', 'japan', 'Beijing called the pact “a provocation”');
    const c2 = candidate('LEADS', 'fumio-kishida', 'philippines', 'Kishida will return to the region in May');
    const { kept: relations } = gate([c1, c2]);
    expect(relations.map((r) => r.evidence[0]?.quote)).toEqual([
      'Kishida will return to the region in\u00a0May',
      'Beijing called the pact "a provocation"',
    ]);
  });

  it('an end named in the sentence before, by a surname, a capital or a demonym', () => {
    const cases = [
      candidate('CONCERN', 'philippines', 'china', 'Tokyo was “deeply concerned” about China’s actions'),
      candidate('LEADS', 'fumio-kishida', 'philippines', 'Kishida will return to the region in\u00a0May'),
      candidate('OPPOSES', 'china', 'japan', 'rejected the  criticism of the Japanese'),
    ];
    expect(gate(cases).kept.map((r) => `${r.from} ${r.type} ${r.to}`)).toEqual([
      'philippines CONCERN china',
      'fumio-kishida LEADS philippines',
      'china OPPOSES japan',
    ]);
  });
});

describe('gateRelations merges', () => {
  it('one type and pair into one relation, quotes in text order, a symmetric pair in either order', () => {
    const later = candidate(
      'ALLY',
      'philippines',
      'japan',
      'The two countries pledged to deepen their defence partnership, Manila said',
      0.6,
    );
    const earlier = candidate(
      'ALLY',
      'japan',
      'philippines',
      'Japan and the Philippines signed a reciprocal\naccess agreement',
      0.8,
    );
    const { kept: relations, dropped } = gate([later, earlier, { ...earlier }]);
    expect(dropped).toEqual([
      {
        candidate: later,
        reason: 'entity-not-named',
        detail:
          'Japan (japan) is not named in "The two countries pledged to deepen their defence partner..." or next to it',
      },
    ]);
    expect(relations).toEqual([
      kept(
        'japan-ally-philippines',
        {
          type: 'ALLY',
          from: 'japan',
          to: 'philippines',
          summary: 'Japan and the Philippines are allies.',
          confidence: 0.8,
        },
        'Japan and the Philippines signed a reciprocal\naccess agreement',
      ),
    ]);
  });

  it('keeps a directed relation and its converse apart, the three first quotes, the highest confidence', () => {
    const quotes = [
      'Chinese officials rejected the  criticism of the Japanese',
      'Prime Minister Fumio Kishida said Tokyo was “deeply concerned” about China’s actions',
      'Japan and the Philippines signed a reciprocal\naccess agreement in Manila on Monday. Prime Minister',
      'Tokyo was “deeply concerned” about China’s actions',
    ];
    const candidates = [
      ...quotes.map((q, i) => candidate('CONCERN', 'japan', 'china', q, [0.5, 0.7, 0.6, 1.5][i])),
      candidate('CONCERN', 'china', 'japan', quotes[0] ?? ''),
    ];
    expect(gate(candidates).kept).toEqual([
      kept(
        'japan-concern-china',
        { type: 'CONCERN', from: 'japan', to: 'china', summary: 'Japan is concerned about China.', confidence: 1 },
        quotes[2] ?? '',
        quotes[1] ?? '',
        quotes[3] ?? '',
      ),
      kept(
        'china-concern-japan',
        { type: 'CONCERN', from: 'china', to: 'japan', summary: 'China is concerned about Japan.', confidence: 0.9 },
        quotes[0] ?? '',
      ),
    ]);
  });

  it('takes the summary given, and the occurrence of a quote whose neighbourhood names both ends', () => {
    const text =
      'Bolivia stayed away. They signed a trade agreement in Lima.\n\nChile and Peru said they signed a trade agreement in Lima.';
    const entities: Entity[] = [
      { id: 'chile', name: 'Chile', kind: 'COUNTRY', aliases: [] },
      { id: 'peru', name: 'Peru', kind: 'COUNTRY', aliases: [] },
    ];
    const c = { ...candidate('AGREEMENT', 'chile', 'peru', 'signed a trade agreement in Lima'), summary: 'A pact.' };
    const start = text.lastIndexOf('signed a trade');
    expect(gateRelations({ text, sourceId: 's', candidates: [c], entities })).toEqual({
      kept: [
        {
          id: 'chile-agreement-peru',
          type: 'AGREEMENT',
          from: 'chile',
          to: 'peru',
          summary: 'A pact.',
          confidence: 0.9,
          evidence: [{ source: 's', quote: 'signed a trade agreement in Lima' }],
          start,
          end: start + 'signed a trade agreement in Lima'.length,
        },
      ],
      dropped: [],
    });
  });
});
