import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { printSortedSchema } from '../../src/graphql/schema.ts';

describe('schema/schema.graphql', () => {
  it('is the schema the code builds (npm run schema writes it)', async () => {
    const committed = await readFile(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed, 'schema/schema.graphql is stale: run npm run schema').toBe(printSortedSchema());
  });
});
