// The README's generated examples: what `kg ingest docs/examples/batch` prints on a fresh clone, and the
// extraction evaluation table. `npm run readme` writes them; tests/readme.test.ts fails when one is stale.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CliIO, runCli } from '../src/cli/program.ts';
import { DEFAULT_DATA_DIR } from '../src/config.ts';
import { evaluateArticles, goldArticles, SPLITS } from '../src/ingest/evaluate-corpus.ts';
import { formatScores } from '../src/ingest/evaluation-report.ts';
import { extract } from '../src/ingest/extract.ts';

/** A generated block of the README: between `<!-- generated: NAME -->` and `<!-- end: NAME -->`. */
export interface GeneratedBlock {
  name: string;
  /** What goes between the markers, fences included. */
  render(): Promise<string>;
}

/** The batch ingest of docs/examples/batch into a fresh copy of graph-data, as a terminal shows it. */
async function batchTranscript(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'kg-readme-'));
  try {
    await cp(DEFAULT_DATA_DIR, join(root, 'graph-data'), { recursive: true });
    const lines: string[] = [];
    const io: CliIO = {
      out: (line) => lines.push(line),
      err: (line) => lines.push(line),
      write: async (text) => {
        lines.push(text);
      },
      cwd: root,
      env: { KG_DATA_DIR: join(root, 'graph-data') },
    };
    const code = await runCli(['ingest', 'docs/examples/batch'], io);
    if (code !== 0) throw new Error(`kg ingest docs/examples/batch exited ${code}:\n${lines.join('\n')}`);
    return ['```console', '$ npx kg ingest docs/examples/batch', ...lines, '```'].join('\n');
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** `npm run eval:extract -- --summary`'s table for the rules extractor. */
async function evaluationTable(): Promise<string> {
  const articles = await goldArticles([...SPLITS], { dataDir: DEFAULT_DATA_DIR });
  const evaluations = await evaluateArticles(articles, async (input) => extract(input));
  return formatScores(evaluations);
}

export const README_BLOCKS: readonly GeneratedBlock[] = [
  { name: 'ingest-batch', render: batchTranscript },
  { name: 'eval-extract', render: evaluationTable },
];

const markers = (name: string) => [`<!-- generated: ${name} -->`, `<!-- end: ${name} -->`] as const;

/** The text of block `name` in `readme`, without the blank lines around it. @throws Error when its markers are missing. */
export function blockIn(readme: string, name: string): string {
  const [open, close] = markers(name);
  const start = readme.indexOf(open);
  const end = readme.indexOf(close, start);
  if (start < 0 || end < 0) throw new Error(`README.md has no block ${open} ... ${close}`);
  return readme.slice(start + open.length, end).trim();
}

/** `readme` with block `name` replaced by `text`, on lines of its own between the markers. */
export function withBlock(readme: string, name: string, text: string): string {
  const [open, close] = markers(name);
  const start = readme.indexOf(open);
  const end = readme.indexOf(close, start);
  if (start < 0 || end < 0) throw new Error(`README.md has no block ${open} ... ${close}`);
  return `${readme.slice(0, start + open.length)}\n${text.trim()}\n${readme.slice(end)}`;
}
