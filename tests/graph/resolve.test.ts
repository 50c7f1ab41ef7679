import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraphData } from '../../src/data/load.ts';
import { AmbiguousEntityError, EntityNotFoundError } from '../../src/errors.ts';
import { createKnowledgeGraph } from '../../src/graph/knowledge-graph.ts';
import { createEntityResolver, type EntityResolver } from '../../src/graph/resolve.ts';
import { TINY_GRAPH_DIR } from '../helpers.ts';

describe('createEntityResolver on the tiny graph', () => {
  let resolver: EntityResolver;
  beforeAll(async () => {
    resolver = createEntityResolver(createKnowledgeGraph(await loadGraphData(TINY_GRAPH_DIR)));
  });

  it('resolves ids, names and aliases, ignoring case, surrounding space and dots', () => {
    expect(resolver.resolve('atlantis')).toBe('atlantis');
    expect(resolver.resolve('King Arlo')).toBe('king-arlo');
    expect(resolver.resolve('  POSEIDONIA ')).toBe('atlantis');
    expect(resolver.resolve('atl')).toBe('atlantis');
    expect(resolver.resolve('A.T.L.')).toBe('atlantis');
    expect(resolver.resolve('mu  empire')).toBe('mu');
  });

  it('answers an unknown reference with close names: a misspelling, a prefix, a word', () => {
    expect(() => resolver.resolve('Atlantys')).toThrow(EntityNotFoundError);
    expect(resolver.suggest('Atlantys')).toEqual(['Atlantis']);
    expect(resolver.suggest('Lemurai')).toEqual(['Lemuria']);
    expect(resolver.suggest('ocea')).toEqual(['Ocean Council']);
    expect(resolver.suggest('council')).toEqual(['Ocean Council']);
    expect(resolver.suggest('zzzzzzzz')).toEqual([]);
    expect(resolver.find('Atlantys')).toBeNull();
  });

  it('puts the ref, the argument and the suggestions on the error', () => {
    let error: unknown;
    try {
      resolver.resolve('Lemurai', 'from');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EntityNotFoundError);
    expect((error as EntityNotFoundError).message).toBe(
      'from: no entity is called "Lemurai" (by id, name or alias); did you mean "Lemuria"?',
    );
    expect((error as EntityNotFoundError).details).toEqual({
      ref: 'Lemurai',
      suggestions: ['Lemuria'],
      argument: 'from',
    });
  });

  it('does not resolve a single word of a longer name silently', () => {
    expect(resolver.find('Ocean')).toBeNull();
    expect(resolver.find('King')).toBeNull();
  });
});

describe('createEntityResolver on the real graph', () => {
  let resolver: EntityResolver;
  beforeAll(async () => {
    resolver = createEntityResolver(createKnowledgeGraph(await loadGraphData('graph-data')));
  });

  it('resolves the ways readers write the main actors', () => {
    for (const ref of ['U.S.', 'us', 'America', 'United States', 'united-states']) {
      expect(resolver.resolve(ref)).toBe('united-states');
    }
    expect(resolver.resolve('Tokyo')).toBe('japan');
    expect(resolver.resolve('Beijing')).toBe('china');
    expect(resolver.resolve('Kishida')).toBe('fumio-kishida');
    expect(resolver.resolve('Prime Minister Kishida')).toBe('fumio-kishida');
    expect(resolver.resolve('trump')).toBe('donald-trump');
    expect(resolver.resolve('Quadrilateral Security Dialogue')).toBe('quad');
    expect(resolver.resolve('Group of Seven')).toBe('g7');
  });

  it('suggests the right person for a misspelt name', () => {
    expect(resolver.suggest('Kishdia')).toContain('Fumio Kishida');
    expect(resolver.suggest('Donald Trunp')[0]).toBe('Donald Trump');
    let error: EntityNotFoundError | undefined;
    try {
      resolver.resolve('Kisida');
    } catch (caught) {
      error = caught as EntityNotFoundError;
    }
    expect(error?.suggestions[0]).toBe('Fumio Kishida');
    expect(error?.suggestions.length).toBeLessThanOrEqual(5);
  });

  it('names the candidates of a reference that fits several entities', () => {
    expect(() => resolver.resolve('Steel')).toThrow(AmbiguousEntityError);
    try {
      resolver.resolve('Steel');
    } catch (error) {
      expect((error as AmbiguousEntityError).details.candidates).toEqual(
        expect.arrayContaining(['nippon-steel', 'us-steel']),
      );
    }
  });
});
