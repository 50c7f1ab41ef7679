// Writes schema/schema.graphql from the Pothos schema (npm run schema); a test fails when the committed one is stale.
import { writeFile } from 'node:fs/promises';
import { printSortedSchema } from '../src/graphql/schema.ts';

await writeFile(new URL('../schema/schema.graphql', import.meta.url), printSortedSchema());
console.log('wrote schema/schema.graphql');
