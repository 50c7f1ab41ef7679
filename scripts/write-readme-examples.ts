// npm run readme: writes the README's generated examples (see readme-examples.ts).
import { readFile, writeFile } from 'node:fs/promises';
import { README_BLOCKS, withBlock } from './readme-examples.ts';

const path = new URL('../README.md', import.meta.url);
let readme = await readFile(path, 'utf8');
for (const block of README_BLOCKS) {
  process.stderr.write(`rendering ${block.name} ...\n`);
  readme = withBlock(readme, block.name, await block.render());
}
await writeFile(path, readme);
process.stderr.write(`README.md: ${README_BLOCKS.length} generated blocks written\n`);
