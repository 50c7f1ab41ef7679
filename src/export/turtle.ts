// RDF 1.1 Turtle, for triple stores and SPARQL: each relation as a direct triple and as a resource holding its evidence.
import { DataFactory, type Literal, type NamedNode, type Quad_Object, Writer } from 'n3';
import { isSymmetric, RELATION_TYPE_INFO, RELATION_TYPES, type RelationType } from '../model.ts';
import { entityExport, relationExport } from './attributes.ts';
import { PAUSE, PAUSE_EVERY } from './chunks.ts';
import type { ExportSelection } from './formats.ts';

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
 * The selection as RDF 1.1 Turtle (see docs/exports.md for the vocabulary), a subject at a time
 * through n3's Writer. Each entity is an ag:Entity with its label, kind, aliases, description,
 * centrality and community, and the direct triples of the relations it is subject of
 * (`entity:japan ag:ally entity:australia`; symmetric ones both ways). Each relation is also an
 * ag:Relation resource with its type, subject, object, direction, summary, confidence, dates and
 * ag:evidence (quote, source, start, end); each source cited is an ag:Source with Dublin Core terms.
 */
export function* writeTurtle({ kb, entities, relations }: ExportSelection): Generator<string, void, undefined> {
  // n3 writes to this sink as quads are added; what it holds is handed on after each subject.
  let written: string[] = [];
  const sink = {
    write(text: string, _encoding: string, done?: () => void) {
      written.push(text);
      done?.();
    },
    end(done?: (error: Error | null) => void) {
      done?.(null);
    },
  };
  const writer = new Writer(sink, { prefixes: TURTLE_PREFIXES, format: 'text/turtle' });
  const describe: Describe = (subject, statements) => {
    for (const [predicate, object] of statements) {
      if (object !== undefined) writer.addQuad(quad(iri(subject), iri(predicate), object));
    }
  };
  const take = () => {
    const text = written.join('');
    written = [];
    return text;
  };
  describeVocabulary(describe);
  yield take();

  // The direct triples by subject entity, as property and object pairs: ids only, shared with the graph.
  const direct = new Map<string, string[]>();
  const addDirect = (from: string, property: string, to: string) => {
    const pairs = direct.get(from);
    if (pairs) pairs.push(property, to);
    else direct.set(from, [property, to]);
  };
  let read = 0;
  for (const id of relations) {
    if (++read % PAUSE_EVERY === 0) yield PAUSE;
    const relation = kb.graph.getEdgeAttribute(id, 'relation');
    const [source, target] = kb.graph.extremities(id);
    addDirect(source, relationProperty(relation), target);
    if (!isSymmetric(relation)) continue;
    addDirect(target, relationProperty(relation), source);
  }
  const directStatements = (id: string): Statement[] => {
    const pairs = direct.get(id) ?? [];
    const statements: Statement[] = [];
    for (let i = 0; i < pairs.length; i += 2) {
      statements.push([pairs[i] as string, iri(ENTITY_NS + (pairs[i + 1] as string))]);
    }
    return statements;
  };

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
      ...directStatements(id),
    ]);
    yield take();
  }
  direct.clear();

  const cited = new Set<string>();
  for (const id of relations) {
    const relation = relationExport(kb, id);
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
      cited.add(source);
      describe(evidenceIri(relation.id, i + 1), [
        [`${RDF}type`, iri(`${AG}Evidence`)],
        [`${AG}quote`, literal(quote)],
        [`${AG}source`, iri(SOURCE_NS + source)],
        [`${AG}start`, typed(start, 'integer')],
        [`${AG}end`, typed(end, 'integer')],
      ]);
    });
    yield take();
  }

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
    yield take();
  }
  writer.end();
  yield take();
}
