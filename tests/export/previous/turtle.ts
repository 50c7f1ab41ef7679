// RDF 1.1 Turtle, for triple stores and SPARQL: each relation as a direct triple and as a resource holding its evidence.
// As it was before exports were streamed (c7e8b26): the oracle the streaming writer is held to, byte for byte.
import { DataFactory, type Literal, type NamedNode, type Quad, type Quad_Object, Writer } from 'n3';
import { entityExport, relationExport } from '../../../src/export/attributes.ts';
import type { ExportSelection } from '../../../src/export/formats.ts';
import { RELATION_TYPE_INFO, RELATION_TYPES, type RelationType } from '../../../src/model.ts';

const { literal, namedNode, quad } = DataFactory;

/** The vocabulary's namespace: classes (ag:Entity, ag:Relation, ag:Evidence, ag:Source) and properties. */
export const AG = 'urn:alliance-graph:vocab#';
/** Entities are `urn:alliance-graph:entity:<id>`. */
export const ENTITY_NS = 'urn:alliance-graph:entity:';
/** Relations are `urn:alliance-graph:relation:<id>`, their evidence `…:relation:<id>/evidence/<n>` from 1. */
export const RELATION_NS = 'urn:alliance-graph:relation:';
/** Sources are `urn:alliance-graph:source:<id>`. */
export const SOURCE_NS = 'urn:alliance-graph:source:';

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const OWL = 'http://www.w3.org/2002/07/owl#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const DCTERMS = 'http://purl.org/dc/terms/';

/** The prefixes the output declares. */
export const TURTLE_PREFIXES = {
  ag: AG,
  entity: ENTITY_NS,
  relation: RELATION_NS,
  source: SOURCE_NS,
  rdf: RDF,
  rdfs: RDFS,
  owl: OWL,
  xsd: XSD,
  dcterms: DCTERMS,
};

/** The property of a relation type's direct triples: ALLY is ag:ally, MEMBER_OF ag:memberOf. */
export function relationProperty(type: RelationType): string {
  return AG + type.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

export const evidenceIri = (relationId: string, n: number) => `${RELATION_NS}${relationId}/evidence/${n}`;

const typed = (value: string | number | boolean, type: string): Literal =>
  literal(String(value), namedNode(XSD + type));
const text = (value: string | undefined): Literal | undefined => (value === undefined ? undefined : literal(value));
const iri = (value: string): NamedNode => namedNode(value);

/** A date or partial date typed by its precision: xsd:gYear, xsd:gYearMonth or xsd:date. */
export function dateLiteral(value: string): Literal {
  return typed(value, value.length === 4 ? 'gYear' : value.length === 7 ? 'gYearMonth' : 'date');
}

/** A confidence as xsd:decimal, with a fraction digit so that Turtle can write it bare (`1.0`, `0.9`). */
const decimal = (value: number): Literal => typed(Number.isInteger(value) ? value.toFixed(1) : value, 'decimal');

/** A predicate and its object; statements whose object is undefined are left out. */
type Statement = readonly [predicate: string, object: Quad_Object | undefined];
/** Adds a subject's statements; the writer groups consecutive statements of one subject. */
type Describe = (subject: string, statements: readonly Statement[]) => void;

/**
 * The vocabulary: a property per relation type, symmetric ones declared owl:SymmetricProperty
 * (and written both ways, so `?a ag:ally ?b` finds each pair in either order).
 */
function describeVocabulary(describe: Describe): void {
  for (const type of RELATION_TYPES) {
    const { symmetric, description } = RELATION_TYPE_INFO[type];
    describe(relationProperty(type), [
      [`${RDF}type`, iri(`${OWL}ObjectProperty`)],
      [`${RDF}type`, symmetric ? iri(`${OWL}SymmetricProperty`) : undefined],
      [`${RDFS}label`, literal(type)],
      [`${RDFS}comment`, literal(description)],
      [`${RDFS}domain`, iri(`${AG}Entity`)],
      [`${RDFS}range`, iri(`${AG}Entity`)],
    ]);
  }
}

/**
 * The selection as RDF 1.1 Turtle (see docs/exports.md for the vocabulary). Each entity is an
 * ag:Entity with its label, kind, aliases, description, centrality and community, and the
 * direct triples of the relations it is subject of (`entity:japan ag:ally entity:australia`;
 * symmetric ones both ways). Each relation is also an ag:Relation resource with its type,
 * subject, object, direction, summary, confidence, dates and ag:evidence (quote, source, start,
 * end); each source cited is an ag:Source with Dublin Core terms.
 */
export function toTurtle({ kb, entities, relations }: ExportSelection): string {
  const quads: Quad[] = [];
  const describe: Describe = (subject, statements) => {
    for (const [predicate, object] of statements) {
      if (object !== undefined) quads.push(quad(iri(subject), iri(predicate), object));
    }
  };
  describeVocabulary(describe);

  const exported = relations.map((id) => relationExport(kb, id));
  const direct = new Map<string, Statement[]>();
  const addDirect = (from: string, property: string, to: string) =>
    direct.set(from, [...(direct.get(from) ?? []), [property, iri(ENTITY_NS + to)]]);
  for (const { source, target, relation, directed } of exported) {
    addDirect(source, relationProperty(relation), target);
    if (!directed) addDirect(target, relationProperty(relation), source);
  }

  for (const id of entities) {
    const entity = entityExport(kb, id);
    describe(ENTITY_NS + id, [
      [`${RDF}type`, iri(`${AG}Entity`)],
      [`${RDFS}label`, literal(entity.label)],
      [`${AG}kind`, literal(entity.kind)],
      ...entity.aliases.map((alias): Statement => [`${AG}alias`, literal(alias)]),
      [`${AG}description`, text(entity.description)],
      [`${AG}degree`, typed(entity.degree, 'integer')],
      [`${AG}pagerank`, typed(entity.pagerank, 'double')],
      [`${AG}betweenness`, typed(entity.betweenness, 'double')],
      [`${AG}community`, typed(entity.community, 'integer')],
      ...(direct.get(id) ?? []),
    ]);
  }

  for (const relation of exported) {
    const subject = RELATION_NS + relation.id;
    describe(subject, [
      [`${RDF}type`, iri(`${AG}Relation`)],
      [`${AG}relationType`, literal(relation.relation)],
      [`${AG}property`, iri(relationProperty(relation.relation))],
      [`${AG}subject`, iri(ENTITY_NS + relation.source)],
      [`${AG}object`, iri(ENTITY_NS + relation.target)],
      [`${AG}directed`, typed(relation.directed, 'boolean')],
      [`${AG}summary`, literal(relation.summary)],
      [`${AG}confidence`, decimal(relation.confidence)],
      [`${AG}corroboration`, typed(relation.corroboration, 'integer')],
      [`${AG}draft`, relation.draft ? typed(true, 'boolean') : undefined],
      [`${AG}validFrom`, relation.validFrom === undefined ? undefined : dateLiteral(relation.validFrom)],
      [`${AG}validTo`, relation.validTo === undefined ? undefined : dateLiteral(relation.validTo)],
      ...relation.evidence.map((_, i): Statement => [`${AG}evidence`, iri(evidenceIri(relation.id, i + 1))]),
    ]);
    relation.evidence.forEach(({ source, quote, start, end }, i) => {
      describe(evidenceIri(relation.id, i + 1), [
        [`${RDF}type`, iri(`${AG}Evidence`)],
        [`${AG}quote`, literal(quote)],
        [`${AG}source`, iri(SOURCE_NS + source)],
        [`${AG}start`, typed(start, 'integer')],
        [`${AG}end`, typed(end, 'integer')],
      ]);
    });
  }

  const cited = new Set(exported.flatMap((r) => r.evidence.map((e) => e.source)));
  for (const id of [...cited].sort()) {
    const source = kb.sources.get(id);
    if (!source) continue;
    describe(SOURCE_NS + id, [
      [`${RDF}type`, iri(`${AG}Source`)],
      [`${RDFS}label`, literal(source.title)],
      [`${DCTERMS}title`, literal(source.title)],
      [`${DCTERMS}creator`, text(source.author)],
      [`${DCTERMS}publisher`, text(source.publisher)],
      [`${DCTERMS}date`, source.publishedOn === undefined ? undefined : dateLiteral(source.publishedOn)],
      [`${RDFS}seeAlso`, source.url === undefined ? undefined : iri(source.url)],
    ]);
  }

  const writer = new Writer({ prefixes: TURTLE_PREFIXES, format: 'text/turtle' });
  writer.addQuads(quads);
  let turtle: string | undefined;
  // With no output stream, n3's Writer builds a string and calls back before end() returns.
  writer.end((error, result: string) => {
    if (error) throw error;
    turtle = result;
  });
  if (turtle === undefined) throw new Error('n3 Writer did not call back synchronously');
  return turtle;
}
