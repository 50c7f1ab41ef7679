// The README stays true: its queries return what it says, and its limits table is the code's.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { blockIn, README_BLOCKS } from '../scripts/readme-examples.ts';
import { LIMITS } from '../src/config.ts';
import type { App } from '../src/server/app.ts';
import { createTestApp, gql } from './server/fixtures.ts';

const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');

/** Each ```graphql block of the README that is followed by a ```json block with its answer. */
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```\s*```json\n([\s\S]*?)```/g)].map(
  ([, query, answer]) => ({
    query: query as string,
    answer: JSON.parse(answer as string) as unknown,
  }),
);

describe('README.md', () => {
  let app: App;
  beforeAll(async () => {
    app = await createTestApp();
  });

  it('shows at least five queries with their answers', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((e, i) => [i + 1, e] as const))('query %i returns what the README says', async (_, example) => {
    const { body } = await gql(app, example.query);
    expect(body).toEqual(example.answer);
  });

  it('lists every limit with its variable and default', () => {
    for (const { env, value } of Object.values(LIMITS)) {
      expect(readme).toContain(`| \`${env}\` | ${value} |`);
    }
  });
});

describe('README.md generated examples', () => {
  it.each(README_BLOCKS.map((block) => [block.name, block] as const))(
    'the %s block is what npm run readme writes now',
    async (_, block) => {
      expect(blockIn(readme, block.name)).toBe((await block.render()).trim());
    },
    120_000,
  );
});
