// The loader's fast path: an item the isCanonical* checks accept must be one its zod schema accepts and returns unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR as GRAPH_DATA_DIR } from '../../src/config.ts';
import { loadGraphData } from '../../src/data/load.ts';
import { EntitySchema, isCanonicalEntity, isCanonicalRelation, RelationSchema } from '../../src/data/schema.ts';
import { ENTITY_KINDS, RELATION_TYPES } from '../../src/model.ts';

/** Mostly valid values, sometimes one that breaks the rule: most items then break at most one. */
const mostly = <T>(valid: T[], invalid: unknown[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...valid), weight: 12 }, { arbitrary: fc.constantFrom(...invalid), weight: 1 });
const slug = mostly(['japan', 'fumio-kishida', 'g7'], ['Japan', 'a--b', '-a', 'a b', '', 7, null]);
const text = mostly(['Japan', 'An ally.'], [' Japan', 'Japan ', '\tx', '', 'x\u00a0', 5, null]);
const date = mostly(['2024', '2024-04', '2024-04-10'], ['2024-02-30', '2024-13', '24', '2024-4', 2024]);
const quote = mostly(['Japan and the United States are allies', 'x'.repeat(20)], ['too short a quote', 42]);
const optional = <T>(value: fc.Arbitrary<T>, invalid?: unknown) =>
  fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 6 },
    { arbitrary: value, weight: 6 },
    ...(invalid === undefined ? [] : [{ arbitrary: fc.constant(invalid), weight: 1 }]),
  );
const present = <T extends Record<string, unknown>>(object: T) =>
  Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));

const evidence = fc
  .record({ source: slug, quote, extra: fc.oneof({ arbitrary: fc.constant(undefined), weight: 12 }, fc.constant('x')) })
  .map(present)
  .chain((e) => mostly([e], [{ source: e.source }, 'not an object']));

const relation = fc
  .record({
    id: slug,
    type: mostly([...RELATION_TYPES], ['FRIEND', 'ally']),
    from: slug,
    to: slug,
    summary: text,
    confidence: mostly([0, 0.5, 1], [-0.1, 1.5, Number.NaN, '1']),
    validFrom: optional(date, null),
    validTo: optional(date),
    evidence: fc.array(evidence, { maxLength: 3 }),
    note: fc.oneof({ arbitrary: fc.constant(undefined), weight: 12 }, fc.constant('unknown field')),
  })
  .map(present);

const entity = fc
  .record({
    id: slug,
    name: text,
    kind: mostly([...ENTITY_KINDS], ['NATION']),
    aliases: optional(fc.array(text, { maxLength: 3 }), 'Japan'),
    description: optional(fc.constantFrom('A country.', ' padded '), 3),
    type: fc.oneof({ arbitrary: fc.constant(undefined), weight: 12 }, fc.constant('COUNTRY')),
  })
  .map(present);

describe('the canonical checks of the loader fast path', () => {
  it('accept a relation only when RelationSchema accepts it and returns it unchanged', () => {
    let accepted = 0;
    fc.assert(
      fc.property(relation, (value) => {
        if (!isCanonicalRelation(value)) return;
        accepted++;
        const parsed = RelationSchema.safeParse(value);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toStrictEqual(value);
      }),
      { numRuns: 3000 },
    );
    // The check must not pass by accepting nothing.
    expect(accepted).toBeGreaterThan(20);
  });

  it('accept an entity only when EntitySchema accepts it and returns it unchanged', () => {
    let accepted = 0;
    fc.assert(
      fc.property(entity, (value) => {
        if (!isCanonicalEntity(value)) return;
        accepted++;
        const parsed = EntitySchema.safeParse(value);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toStrictEqual(value);
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(20);
  });

  it('accept every curated item of the project graph, so that it loads by the fast path', async () => {
    const { readFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const read = async (file: string) => JSON.parse(await readFile(join(GRAPH_DATA_DIR, file), 'utf8'));
    const { relations } = await read('relations.json');
    const { entities } = await read('entities.json');
    expect(relations.filter((r: unknown) => !isCanonicalRelation(r))).toEqual([]);
    expect(entities.filter((e: unknown) => !isCanonicalEntity(e))).toEqual([]);
    // And the fast path loads them as zod would have.
    const data = await loadGraphData(GRAPH_DATA_DIR);
    expect(data.relations).toHaveLength(relations.length);
  });
});
