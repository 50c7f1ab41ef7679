import { Parser } from 'n3';
import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { relationExport } from '../../src/export/attributes.ts';
import { exportSelection } from '../../src/export/export-graph.ts';
import { selectGraph } from '../../src/export/formats.ts';
import { AG, ENTITY_NS, relationProperty } from '../../src/export/turtle.ts';
import type { KnowledgeBase } from '../../src/graph/knowledge-base.ts';
import type { RelationType } from '../../src/model.ts';
import { realGraph } from '../helpers.ts';
import { tinyKnowledgeBase } from './knowledge-bases.ts';

const PREFIXES = `
  PREFIX ag: <urn:alliance-graph:vocab#>
  PREFIX entity: <urn:alliance-graph:entity:>
  PREFIX relation: <urn:alliance-graph:relation:>
  PREFIX source: <urn:alliance-graph:source:>
  PREFIX owl: <http://www.w3.org/2002/07/owl#>
  PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
  PREFIX dcterms: <http://purl.org/dc/terms/>
`;
const XSD = 'http://www.w3.org/2001/XMLSchema#';

function storeOf(kb: KnowledgeBase): oxigraph.Store {
  const store = new oxigraph.Store();
  store.load(exportSelection('TURTLE', selectGraph(kb)), { format: 'text/turtle' });
  return store;
}

function select(store: oxigraph.Store, query: string): Record<string, oxigraph.Term>[] {
  const rows = store.query(PREFIXES + query) as Map<string, oxigraph.Term>[];
  return rows.map((row) => Object.fromEntries(row));
}

const entityId = (term: oxigraph.Term | undefined) => term?.value.slice(ENTITY_NS.length);

/** A literal answer as its lexical value and its datatype's IRI. */
const typedValue = (term: oxigraph.Term | undefined) =>
  term?.termType === 'Literal' ? [term.value, term.datatype.value] : undefined;

/** The (from, to) pairs of the relations of `type`. */
function pairsOf(kb: KnowledgeBase, type: RelationType): [string, string][] {
  return kb.relationIds
    .map((id) => relationExport(kb, id))
    .filter((r) => r.relation === type)
    .map((r) => [r.source, r.target]);
}

/** The (?a, ?b) answers of `?a <property of type> ?b`, as "a b" strings. */
function directPairs(store: oxigraph.Store, type: RelationType): string[] {
  return select(store, `SELECT ?a ?b WHERE { ?a <${relationProperty(type)}> ?b }`)
    .map(({ a, b }) => `${entityId(a)} ${entityId(b)}`)
    .sort();
}

describe('writeTurtle', () => {
  it('parses with n3, declaring an ag:Entity for every entity', async () => {
    const kb = await realGraph();
    const quads = new Parser({ format: 'text/turtle' }).parse(exportSelection('TURTLE', selectGraph(kb)));
    const entities = quads
      .filter((q) => q.predicate.value.endsWith('#type') && q.object.value === `${AG}Entity`)
      .map((q) => q.subject.value.slice(ENTITY_NS.length))
      .sort();
    expect(entities).toEqual(kb.entityIds);
  });

  it('finds each ally pair of the real graph by `?a ag:ally ?b`, in both orders', async () => {
    const kb = await realGraph();
    const store = storeOf(kb);
    const rows = select(store, 'SELECT ?a ?b WHERE { ?a ag:ally ?b }');
    const unordered = new Set(rows.map(({ a, b }) => [entityId(a), entityId(b)].sort().join(' ')));
    const expected = new Set(pairsOf(kb, 'ALLY').map((pair) => [...pair].sort().join(' ')));
    expect(unordered).toEqual(expected);
    expect(directPairs(store, 'ALLY')).toEqual(
      [...expected].flatMap((pair) => [pair, pair.split(' ').reverse().join(' ')]).sort(),
    );
  });

  it('writes directed relations one way only, and declares only symmetric properties symmetric', async () => {
    const kb = await realGraph();
    const store = storeOf(kb);
    const expected = [...new Set(pairsOf(kb, 'MEMBER_OF').map(([a, b]) => `${a} ${b}`))].sort();
    expect(directPairs(store, 'MEMBER_OF')).toEqual(expected);
    expect(store.query(`${PREFIXES} ASK { ag:ally a owl:SymmetricProperty }`)).toBe(true);
    expect(store.query(`${PREFIXES} ASK { ag:memberOf a owl:SymmetricProperty }`)).toBe(false);
  });

  it('gives each relation a resource of its own, so parallel relations stay apart', async () => {
    const store = storeOf(await realGraph());
    const rows = select(
      store,
      `SELECT ?r WHERE {
        ?r a ag:Relation; ag:relationType "ALLY"; ag:subject entity:united-states; ag:object entity:japan
      } ORDER BY ?r`,
    );
    expect(rows.map(({ r }) => r?.value)).toEqual([
      'urn:alliance-graph:relation:united-states-ally-japan',
      'urn:alliance-graph:relation:united-states-ally-japan-indo-pacific',
    ]);
  });

  it('answers the quotes of a relation, located in their source', async () => {
    const kb = await realGraph();
    const rows = select(
      storeOf(kb),
      `SELECT ?quote ?title ?start ?end WHERE {
        relation:united-states-ally-japan ag:evidence ?e .
        ?e ag:quote ?quote; ag:start ?start; ag:end ?end; ag:source/dcterms:title ?title
      }`,
    );
    const { evidence } = relationExport(kb, 'united-states-ally-japan');
    expect(evidence.length).toBeGreaterThan(1);
    const answers = rows.map(({ quote, title, start, end }) => ({
      quote: quote?.value,
      title: title?.value,
      start: Number(start?.value),
      end: Number(end?.value),
    }));
    expect(answers).toEqual(
      expect.arrayContaining(
        evidence.map((e) => ({ quote: e.quote, title: kb.sources.get(e.source)?.title, start: e.start, end: e.end })),
      ),
    );
    expect(answers).toHaveLength(evidence.length);
  });

  it('types dates by their precision', async () => {
    const dateOf = (store: oxigraph.Store, subject: string, property: string) =>
      typedValue(select(store, `SELECT ?d WHERE { ${subject} ag:${property} ?d }`)[0]?.d);
    const real = storeOf(await realGraph());
    expect(dateOf(real, 'relation:united-states-ally-japan-indo-pacific', 'validFrom')).toEqual([
      '2021-10',
      `${XSD}gYearMonth`,
    ]);
    const tiny = storeOf(await tinyKnowledgeBase());
    expect(dateOf(tiny, 'relation:king-arlo-leads-atlantis', 'validFrom')).toEqual(['2020', `${XSD}gYear`]);
    expect(dateOf(tiny, 'relation:king-arlo-leads-atlantis', 'validTo')).toEqual(['2024-06-30', `${XSD}date`]);
  });

  it('describes entities with typed numbers and sources with Dublin Core terms', async () => {
    const tiny = storeOf(await tinyKnowledgeBase());
    const [atlantis] = select(
      tiny,
      `SELECT ?label ?kind ?degree ?pagerank WHERE {
        entity:atlantis rdfs:label ?label; ag:kind ?kind; ag:degree ?degree; ag:pagerank ?pagerank
      }`,
    );
    expect(atlantis?.label?.value).toBe('Atlantis');
    expect(atlantis?.kind?.value).toBe('COUNTRY');
    expect(typedValue(atlantis?.degree)).toEqual(['5', `${XSD}integer`]);
    expect(typedValue(atlantis?.pagerank)?.[1]).toBe(`${XSD}double`);
    const aliases = select(tiny, 'SELECT ?alias WHERE { entity:atlantis ag:alias ?alias }').map((r) => r.alias?.value);
    expect(aliases.sort()).toEqual(['A.T.L.', 'Poseidonia']);
    const [source] = select(
      tiny,
      'SELECT ?title ?date WHERE { source:tiny-source dcterms:title ?title; dcterms:date ?date }',
    );
    expect(source?.title?.value).toBe('A tiny article for tests');
    expect(typedValue(source?.date)).toEqual(['2024-01', `${XSD}gYearMonth`]);
  });
});
