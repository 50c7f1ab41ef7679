// Prints how the relation extractor does on the seed article: once finding the actors itself (no known
// entities), once with the curated entities known (as when a second article is ingested).
import { fileURLToPath } from 'node:url';
import { loadGraphData } from '../src/data/load.ts';
import { evaluateExtraction, formatReport } from '../src/ingest/evaluate.ts';
import { extract } from '../src/ingest/extract.ts';

const dir = fileURLToPath(new URL('../graph-data', import.meta.url));
const data = await loadGraphData(dir);
const details = !process.argv.includes('--summary');

for (const source of data.sources) {
  const modes = [
    { mode: `${source.id}: no known entities (the extractor finds the actors itself)`, known: [] },
    { mode: `${source.id}: curated entities known (alias-table mode)`, known: data.entities },
  ];
  for (const { mode, known } of modes) {
    const started = performance.now();
    const extraction = extract({ sourceId: source.id, text: source.text, known: [...known] });
    const report = evaluateExtraction({
      mode,
      extraction,
      known,
      curatedEntities: data.entities,
      curatedRelations: data.relations,
      sourceId: source.id,
    });
    console.log(formatReport(report, details));
    console.log(`(${Math.round(performance.now() - started)} ms)\n`);
  }
}
