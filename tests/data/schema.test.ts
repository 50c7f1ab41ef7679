import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../src/config.ts';
import { dataJsonSchemas, serializeJsonSchema } from '../../src/data/schema.ts';

describe('graph-data/schema/', () => {
  it.each(Object.entries(dataJsonSchemas()))(
    '%s is what the validator generates (npm run data-schema)',
    async (file, schema) => {
      const committed = await readFile(join(DEFAULT_DATA_DIR, 'schema', file), 'utf8');
      expect(committed, `graph-data/schema/${file} is stale: run npm run data-schema`).toBe(
        serializeJsonSchema(schema),
      );
    },
  );
});
