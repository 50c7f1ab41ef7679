// Writes graph-data/schema/*.schema.json from the zod schemas, for editors to check files as they are typed.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../src/config.ts';
import { dataJsonSchemas, serializeJsonSchema } from '../src/data/schema.ts';

const dir = join(DEFAULT_DATA_DIR, 'schema');
await mkdir(dir, { recursive: true });
for (const [file, schema] of Object.entries(dataJsonSchemas())) {
  await writeFile(join(dir, file), serializeJsonSchema(schema));
  console.log(`wrote graph-data/schema/${file}`);
}
