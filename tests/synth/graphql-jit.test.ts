import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunner, normalizeResult } from '../../bench/floor-server.ts';
import { createWorkloads, pickInputs } from '../../bench/workloads.ts';
import { DEFAULT_LIMITS } from '../../src/config.ts';
import { loadGraphData } from '../../src/data/load.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../../src/graph/knowledge-base.ts';
import { EXAMPLE_QUERIES } from '../../src/server/examples.ts';
import { generateGraphData } from '../../src/synth/generate.ts';
import { readTypeMix } from '../../src/synth/type-mix.ts';
import { realGraph } from '../helpers.ts';

// The benchmark times graphql-jit beside graphql-js only because it answers our schema alike; this holds it to that.
async function sameAnswers(
  kb: KnowledgeBase,
  query: string,
  variables: Record<string, unknown>,
  limits = DEFAULT_LIMITS,
) {
  const js = await createRunner(kb, limits, query, 'graphql-js')(variables);
  const jit = await createRunner(kb, limits, query, 'graphql-jit')(variables);
  expect(normalizeResult(jit)).toBe(normalizeResult(js));
  return js;
}

let dir: string;
let synthetic: KnowledgeBase;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-jit-'));
  await generateGraphData(dir, { relations: 1_500, entities: 150, seed: 11, typeMix: await readTypeMix() });
  synthetic = createKnowledgeBase(await loadGraphData(dir));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('graphql-jit against graphql-js', () => {
  it("answers the README's example queries on the real graph alike", async () => {
    const kb = await realGraph();
    for (const { query, variables } of EXAMPLE_QUERIES) {
      const result = await sameAnswers(kb, query, variables ?? {});
      expect(result.errors).toBeUndefined();
    }
  });

  it('answers errors alike: unknown entity, argument out of range, work budget spent', async () => {
    const kb = await realGraph();
    const notFound = await sameAnswers(kb, '{ neighborhood(ref: "Narnia") { entities { id } } }', {});
    expect(notFound.errors?.[0]?.message).toContain('no entity is called "Narnia"');
    await sameAnswers(kb, '{ paths(from: "Abe", to: "China", maxLength: 99) { length } }', {});
    const spent = await sameAnswers(
      synthetic,
      `{ neighborhood(ref: "${synthetic.entityIds[0]}", depth: 4) { entities { id } } }`,
      {},
      { ...DEFAULT_LIMITS, workBudget: 50 },
    );
    expect(spent.errors?.[0]?.message).toContain('its work budget');
  });

  it('answers every benchmark workload alike on a synthetic graph', async () => {
    const workloads = createWorkloads(synthetic, pickInputs(synthetic, 42));
    for (const workload of workloads) {
      for (let i = 0; i < 4; i++) await sameAnswers(synthetic, workload.query, workload.variables(i));
    }
  });
});
