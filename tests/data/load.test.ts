import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGraphData } from '../../src/data/load.ts';
import { formatProblem, GraphDataError } from '../../src/errors.ts';
import { copyTinyGraph, editJson, loadProblems, TINY_GRAPH_DIR } from '../helpers.ts';

describe('loadGraphData on valid data', () => {
  it('loads the tiny graph with every quote located at its offsets', async () => {
    const data = await loadGraphData(TINY_GRAPH_DIR);
    expect(data.entities.map((e) => e.id)).toEqual(['atlantis', 'lemuria', 'mu', 'king-arlo', 'ocean-council']);
    expect(data.relations).toHaveLength(5);
    const [source] = data.sources;
    expect(source?.id).toBe('tiny-source');
    expect(source?.title).toBe('A tiny article for tests');
    const concern = data.relations.find((r) => r.id === 'atlantis-concern-mu');
    // Evidence reads its quote from the source's text: compared field by field, as callers read it.
    expect(concern?.evidence.map(({ sourceId, quote, start, end }) => ({ sourceId, quote, start, end }))).toEqual([
      { sourceId: 'tiny-source', quote: 'Atlantis is worried about the rise of Mu', start: 104, end: 144 },
    ]);
    for (const relation of data.relations) {
      for (const { quote, start, end } of relation.evidence) expect(source?.text.slice(start, end)).toBe(quote);
    }
  });

  it('keeps optional fields and defaults aliases to an empty list', async () => {
    const dir = await copyTinyGraph();
    await editJson(dir, 'entities.json', (file) => {
      delete file.entities[1].aliases;
    });
    const data = await loadGraphData(dir);
    expect(data.entities[1]?.aliases).toEqual([]);
    expect(data.relations.find((r) => r.id === 'king-arlo-leads-atlantis')).toMatchObject({
      validFrom: '2020',
      validTo: '2024-06-30',
      confidence: 1,
    });
  });
});

describe('loadGraphData on bad data', () => {
  it('names a relation that refers to an unknown entity, with its line and a suggestion', async () => {
    const dir = await copyTinyGraph();
    await editJson(dir, 'relations.json', (file) => {
      file.relations[2].to = 'muu';
    });
    const problems = await loadProblems(dir);
    expect(problems).toEqual([
      {
        file: join(dir, 'relations.json'),
        line: 36,
        path: '$.relations[2].to',
        message: 'no entity has the id "muu"; expected an id from entities.json (did you mean "mu"?)',
      },
    ]);
  });

  it('explains a quote that is not verbatim: where it diverges and the characters on each side', async () => {
    const dir = await copyTinyGraph();
    await editJson(dir, 'relations.json', (file) => {
      file.relations[0].evidence[0].quote = 'Atlantis and Lemuria are close friends';
    });
    const [problem, ...rest] = await loadProblems(dir);
    expect(rest).toEqual([]);
    expect(problem?.path).toBe('$.relations[0].evidence[0].quote');
    expect(problem?.message).toBe(
      'not found verbatim in the source text: its first 31 characters match at line 3 of the text, ' +
        'then the quote has "f" (U+0066) where the text has "a" (U+0061); copy the quote verbatim from the source ' +
        '(sources/tiny-source.txt)',
    );
  });

  it('reports duplicate entity and relation ids', async () => {
    const dir = await copyTinyGraph();
    await editJson(dir, 'entities.json', (file) => {
      file.entities[4].id = 'mu';
    });
    await editJson(dir, 'relations.json', (file) => {
      file.relations[4].id = 'atlantis-ally-lemuria';
      file.relations[4].to = 'lemuria';
    });
    const messages = (await loadProblems(dir)).map(formatProblem);
    expect(messages).toContain(
      `${join(dir, 'entities.json')}:35 $.entities[4].id: duplicate id "mu", already used by entities[2]; expected a unique id`,
    );
    expect(messages).toContain(
      `${join(dir, 'relations.json')}:63 $.relations[4].id: duplicate id "atlantis-ally-lemuria", already used by relations[0]; expected a unique id`,
    );
  });

  it('reports a duplicate id however the relations around it fail: after a refused one, with a bad end, relating an entity to itself', async () => {
    const dir = await copyTinyGraph();
    await editJson(dir, 'relations.json', (file) => {
      const [first, second, third, fourth] = file.relations;
      first.to = 'hy-brasil'; // refused: the first "atlantis-ally-lemuria" never enters the graph
      second.id = first.id; // yet this one repeats its id
      third.id = first.id; // and this one too, with a bad end
      third.from = 'avalon';
      fourth.id = first.id; // and this one, relating an entity to itself
      fourth.to = fourth.from;
    });
    const problems = (await loadProblems(dir)).map(({ path, message }) => `${path}: ${message.split(';')[0]}`);
    expect(problems).toEqual([
      '$.relations[0].to: no entity has the id "hy-brasil"',
      '$.relations[1].id: duplicate id "atlantis-ally-lemuria", already used by relations[0]',
      '$.relations[2].id: duplicate id "atlantis-ally-lemuria", already used by relations[0]',
      '$.relations[2].from: no entity has the id "avalon"',
      '$.relations[3].id: duplicate id "atlantis-ally-lemuria", already used by relations[0]',
      '$.relations[3].to: "king-arlo" relates to itself',
    ]);
  });

  it('reports an alias claimed by two entities, ignoring case and dots', async () => {
    const dir = await copyTinyGraph();
    await editJson(dir, 'entities.json', (file) => {
      file.entities[1].aliases = ['atl'];
    });
    const problems = await loadProblems(dir);
    expect(problems).toEqual([
      expect.objectContaining({
        path: '$.entities[1].aliases[0]',
        message:
          '"atl" is claimed by two entities: "atlantis" (entities[0], as "A.T.L.") and "lemuria"; expected each name and alias to name one entity',
      }),
    ]);
  });

  it('lists the valid values for an unknown relation type or entity kind', async () => {
    const dir = await copyTinyGraph();
    await editJson(dir, 'entities.json', (file) => {
      file.entities[0].kind = 'NATION';
    });
    await editJson(dir, 'relations.json', (file) => {
      file.relations[0].type = 'FRIEND';
    });
    const problems = await loadProblems(dir);
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      [
        '$.entities[0].kind',
        'found "NATION"; expected one of COUNTRY, PERSON, GROUPING, ORGANIZATION, COMPANY, POLICY, EVENT, REGION',
      ],
      [
        '$.relations[0].type',
        'found "FRIEND"; expected one of ALLY, RIVAL, AGREEMENT, CONCERN, MEMBER_OF, LEADS, SUPPORTS, OPPOSES, PARTNER, PARTICIPATES_IN, ADOPTS',
      ],
    ]);
  });

  it('gives the line and column of malformed JSON', async () => {
    const dir = await copyTinyGraph();
    const path = join(dir, 'entities.json');
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('"aliases": ["Mu Empire"] }', '"aliases": ["Mu Empire"], }'));
    const problems = await loadProblems(dir);
    expect(problems).toEqual([
      {
        file: path,
        line: 5,
        message:
          'malformed JSON: property name expected at column 78; expected strict JSON (double-quoted names and strings, no trailing commas, no comments)',
      },
    ]);
  });

  it('rejects malformed dates, dates out of order, bad confidence, short quotes and unknown fields', async () => {
    const dir = await copyTinyGraph();
    await editJson(dir, 'relations.json', (file) => {
      file.relations[0].validFrom = '2023-13';
      file.relations[1].validFrom = '2024-02-30';
      file.relations[3].validFrom = '2025';
      file.relations[2].confidence = 1.5;
      file.relations[4].evidence[0].quote = 'Atlantis belongs';
      file.relations[4].sumary = 'typo';
    });
    const notADate =
      'is not a real date; expected an ISO 8601 date or partial date: YYYY, YYYY-MM or YYYY-MM-DD, such as 2023-11';
    expect((await loadProblems(dir)).map((p) => [p.path, p.message])).toEqual([
      ['$.relations[0].validFrom', `validFrom ${notADate}; found "2023-13"`],
      ['$.relations[1].validFrom', `validFrom ${notADate}; found "2024-02-30"`],
      ['$.relations[2].confidence', 'confidence must be from 0 to 1; found 1.5'],
      [
        '$.relations[4].evidence[0].quote',
        'a quote must be at least 20 characters (a clause or more); found "Atlantis belongs"',
      ],
      [
        '$.relations[4].sumary',
        'unknown field "sumary"; expected only id, type, from, to, summary, confidence, validFrom, validTo, evidence',
      ],
      ['$.relations[3].validTo', '"2024-06-30" is before validFrom "2025"; expected validTo on or after validFrom'],
    ]);
  });

  it('compares partial dates by their span: from 2024-06 to 2024 is in order', async () => {
    const dir = await copyTinyGraph();
    await editJson(dir, 'relations.json', (file) => {
      file.relations[3].validFrom = '2024-06';
      file.relations[3].validTo = '2024';
    });
    const data = await loadGraphData(dir);
    expect(data.relations[3]).toMatchObject({ validFrom: '2024-06', validTo: '2024' });
  });

  it('reports a source whose text is missing, a text without metadata, and an unknown source id', async () => {
    const dir = await copyTinyGraph();
    await writeFile(join(dir, 'sources', 'stray.txt'), 'a text nobody described');
    await editJson(dir, 'relations.json', (file) => {
      file.relations[0].evidence[0].source = 'tiny-sauce';
    });
    const problems = await loadProblems(dir);
    expect(problems.map(formatProblem)).toEqual([
      `${join(dir, 'sources', 'stray.txt')}: a source text without metadata; expected stray.json beside it`,
      `${join(dir, 'relations.json')}:12 $.relations[0].evidence[0].source: no source has the id "tiny-sauce"; expected one of "tiny-source"`,
    ]);
    await rm(join(dir, 'sources', 'tiny-source.txt'));
    expect((await loadProblems(dir)).map((p) => p.message)).toContain(
      'not found; expected the text of source "tiny-source"',
    );
  });

  it('gathers every problem across files in one run, and loads nothing', async () => {
    const dir = await copyTinyGraph();
    await editJson(dir, 'entities.json', (file) => {
      file.entities.push({ id: 'Bad Id', name: 'Bad', kind: 'COUNTRY' });
    });
    await editJson(dir, 'relations.json', (file) => {
      file.relations[0].from = 'nobody';
      file.relations[1].evidence[0].quote = 'a treaty of enmity and mistrust';
    });
    const problems = await loadProblems(dir);
    expect(problems.map((p) => `${p.file.slice(dir.length + 1)} ${p.path}`)).toEqual([
      'entities.json $.entities[5].id',
      'relations.json $.relations[0].from',
      'relations.json $.relations[1].evidence[0].quote',
    ]);
  });

  it('names a directory that does not exist', async () => {
    expect(await loadProblems('/no/such/graph-data')).toEqual([
      {
        file: '/no/such/graph-data',
        message:
          'no such directory; expected a graph-data directory holding entities.json, relations.json and sources/',
      },
    ]);
  });
});

/** A draft of the tiny graph's own source, as kg ingest writes one, with these items. */
async function writeDraft(dir: string, name: string, entities: object[], relations: object[]): Promise<string> {
  const path = join(dir, 'drafts', `${name}.json`);
  await mkdir(join(dir, 'drafts'), { recursive: true });
  await writeFile(path, JSON.stringify({ source: 'tiny-source', entities, relations }, null, 2));
  return path;
}

const THULE = { id: 'thule', name: 'Thule', kind: 'COUNTRY', aliases: [] };
const draftRelation = (id: string, type: string, from: string, to: string, quote: string) => ({
  id,
  type,
  from,
  to,
  summary: `${from} ${type} ${to}.`,
  confidence: 0.5,
  evidence: [{ source: 'tiny-source', quote }],
});

/** Loads `dir` with drafts checked, expecting it to fail; gives each problem as file, path and message. */
async function draftProblems(dir: string): Promise<string[]> {
  const error = await loadGraphData(dir, { drafts: 'check' }).catch((e) => e);
  expect(error).toBeInstanceOf(GraphDataError);
  return (error as GraphDataError).problems.map(formatProblem);
}

describe('loadGraphData with drafts', () => {
  it("resolves a draft's relations against every draft's entities, whatever the order of their files", async () => {
    const dir = await copyTinyGraph();
    await writeDraft(
      dir,
      'a-first',
      [],
      [draftRelation('thule-concern-mu', 'CONCERN', 'thule', 'mu', 'whose navy grows every year')],
    );
    await writeDraft(dir, 'z-last', [THULE], []);
    const data = await loadGraphData(dir, { drafts: 'include' });
    expect(data.relations.find((r) => r.id === 'thule-concern-mu')).toMatchObject({ from: 'thule', draft: true });
    expect(data.entities.find((e) => e.id === 'thule')).toEqual({ ...THULE, draft: true });
  });

  it('names both files when two drafts, or a draft and entities.json, define one entity id', async () => {
    const dir = await copyTinyGraph();
    await writeDraft(dir, 'a', [THULE], []);
    const b = await writeDraft(
      dir,
      'b',
      [
        { ...THULE, name: 'Thule Islands' },
        { ...THULE, id: 'mu', name: 'Mu Islands' },
      ],
      [],
    );
    expect(await draftProblems(dir)).toEqual([
      `${b}:5 $.entities[0].id: "thule" is already an entity of ${join(dir, 'drafts', 'a.json')}; expected a new id, or a relation that refers to the existing entity`,
      `${b}:11 $.entities[1].id: "mu" is already an entity of ${join(dir, 'entities.json')}; expected a new id, or a relation that refers to the existing entity`,
    ]);
  });

  it("lets a draft relation take another draft's relation id when it states the same, merging their evidence", async () => {
    const dir = await copyTinyGraph();
    await writeDraft(
      dir,
      'a',
      [THULE],
      [draftRelation('mu-rival-thule', 'RIVAL', 'mu', 'thule', 'whose navy grows every year')],
    );
    await writeDraft(
      dir,
      'b',
      [],
      [draftRelation('mu-rival-thule', 'RIVAL', 'thule', 'mu', 'Atlantis is worried about the rise of Mu')],
    );
    const data = await loadGraphData(dir, { drafts: 'include' });
    const rivals = data.relations.filter((r) => r.id === 'mu-rival-thule');
    expect(rivals).toHaveLength(1);
    expect(rivals[0]?.draft).toBe(true);
    expect(rivals[0]?.evidence.map((e) => e.quote)).toEqual([
      'whose navy grows every year',
      'Atlantis is worried about the rise of Mu',
    ]);
  });

  it("names both files when a draft relation takes another draft's relation id to state something else", async () => {
    const dir = await copyTinyGraph();
    await writeDraft(
      dir,
      'a',
      [THULE],
      [draftRelation('thule-concern-mu', 'CONCERN', 'thule', 'mu', 'whose navy grows every year')],
    );
    // CONCERN is directed: the other way round is another relation.
    const b = await writeDraft(
      dir,
      'b',
      [],
      [draftRelation('thule-concern-mu', 'CONCERN', 'mu', 'thule', 'whose navy grows every year')],
    );
    expect(await draftProblems(dir)).toEqual([
      `${b}:6 $.relations[0].id: duplicate id "thule-concern-mu", already used by ${join(dir, 'drafts', 'a.json')} relations[0] (CONCERN from "thule" to "mu"); expected a unique id, or the same type and entities to add evidence to it`,
    ]);
  });

  it("takes a reviewer's note on a draft entity, not on a curated one, and serves neither", async () => {
    const dir = await copyTinyGraph();
    await writeDraft(dir, 'a', [{ ...THULE, note: 'may be the same as "mu" in entities.json' }], []);
    const data = await loadGraphData(dir, { drafts: 'include' });
    expect(data.entities.find((e) => e.id === 'thule')).toEqual({ ...THULE, draft: true });
    await editJson(dir, 'entities.json', (file) => {
      file.entities[0].note = 'a note';
    });
    expect((await loadProblems(dir)).map((p) => [p.path, p.message.split(';')[0]])).toEqual([
      ['$.entities[0].note', 'unknown field "note"'],
    ]);
  });
});

describe('createQuoteLocator', () => {
  it('finds the same first occurrence as a plain search, through its index or without it', async () => {
    const { createQuoteLocator, locateQuote } = await import('../../src/data/locate-quote.ts');
    const text = 'The alliance held. An ally of the alliance, really an ally, stood by the alliance held firm.';
    const locate = createQuoteLocator(text);
    for (const quote of [
      'the alliance held firm',
      'An ally of the alliance',
      'lliance held. An ally',
      'stood by the alliance',
    ]) {
      expect(locate(quote), quote).toEqual(locateQuote(text, quote));
    }
    expect(locate('the alliance broke apart')).toBeNull();
  });

  it('finds the first occurrence of any quote in any text, as a plain search does (property)', async () => {
    const { createQuoteLocator, locateQuote } = await import('../../src/data/locate-quote.ts');
    // Few distinct letters, so that keys repeat, collide and overlap; accents outside ASCII.
    const texts = fc.array(fc.constantFrom('a', 'b', ' ', 'é', '.', 'ab ', 'ba.', 'aaaaaaaaaaaa '), { maxLength: 120 });
    const expected = locateQuote;
    fc.assert(
      fc.property(texts, fc.nat(), fc.integer({ min: 1, max: 40 }), (parts, from, length) => {
        const text = parts.join('');
        const locate = createQuoteLocator(text);
        const start = text.length === 0 ? 0 : from % text.length;
        const quote = text.slice(start, start + length);
        expect(locate(quote)).toEqual(expected(text, quote));
        expect(locate(`${quote}#`)).toEqual(expected(text, `${quote}#`));
      }),
      { numRuns: 2000 },
    );
  });
});
