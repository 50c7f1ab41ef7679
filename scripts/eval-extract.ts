// npm run eval:extract: how an extractor does on every article with a gold file (the seed article and the
// corpus's dev and test splits), per article and micro-averaged per split, with every false positive.
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from '../src/config.ts';
import { UserError } from '../src/errors.ts';
import { type Extractor, evaluateArticles, goldArticles, SPLITS, type Split } from '../src/ingest/evaluate-corpus.ts';
import { formatByType, formatFindings, formatScores } from '../src/ingest/evaluation-report.ts';
import { extract } from '../src/ingest/extract.ts';
import { extractWithLlm } from '../src/ingest/llm/extract-with-llm.ts';
import { llmConfigFromEnv } from '../src/ingest/llm/settings.ts';

const USAGE = 'usage: npm run eval:extract -- [--split seed,dev,test] [--extractor rules|llm] [--summary] [--misses]';

function fail(message: string): never {
  console.error(`error: ${message}\n${USAGE}`);
  process.exit(2);
}

function options() {
  try {
    return parseArgs({
      options: {
        split: { type: 'string', default: SPLITS.join(',') },
        extractor: { type: 'string', default: 'rules' },
        summary: { type: 'boolean', default: false },
        misses: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    return fail((error as Error).message);
  }
}

const values = options();
const splits = values.split.split(',').map((s) => s.trim());
for (const s of splits)
  if (!SPLITS.includes(s as Split)) fail(`--split: "${s}" is not a split; expected ${SPLITS.join(', ')}`);

const usage = { requests: 0, tokens: 0 };

/** The language model of KG_LLM_BASE_URL and KG_LLM_MODEL, on the same gate as the rules. */
function llmExtractor(): Extractor {
  let config: ReturnType<typeof llmConfigFromEnv>;
  try {
    config = llmConfigFromEnv(process.env);
  } catch (error) {
    return fail((error as Error).message);
  }
  return async (input) => {
    const { extraction, report } = await extractWithLlm({ ...input, config });
    usage.requests += report.requests;
    usage.tokens += report.tokens.total;
    return extraction;
  };
}

const EXTRACTORS: Record<string, () => Extractor> = {
  rules: () => async (input) => extract(input),
  llm: llmExtractor,
};
const choose = EXTRACTORS[values.extractor];
if (!choose)
  fail(`--extractor: "${values.extractor}" is not an extractor; expected ${Object.keys(EXTRACTORS).join(', ')}`);
const extractor = choose();

async function evaluate() {
  try {
    const articles = await goldArticles(splits as Split[], { dataDir: DEFAULT_DATA_DIR });
    return await evaluateArticles(articles, extractor, (e, ms) => {
      const r = e.relations;
      process.stderr.write(
        `${e.split}/${e.id}: ${r.extracted} relations, P ${r.precision.toFixed(2)} R ${r.recall.toFixed(2)} (${Math.round(ms)} ms)\n`,
      );
    });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    console.error(`error: ${error.message}`);
    process.exit(1);
  }
}

const evaluations = await evaluate();

console.log(`# Extraction with the ${values.extractor} extractor\n`);
console.log('Each article is extracted with no known entities. Entity P/R: proposed entities against the gold');
console.log("file's; relation P/R/F1: unique type and pair, direction counted for directed types.\n");
console.log(formatScores(evaluations), '\n');
for (const split of splits) {
  const ofSplit = evaluations.filter((e) => e.split === split);
  if (ofSplit.length > 0) console.log(`## ${split}: relations by type\n\n${formatByType(ofSplit)}\n`);
}
if (!values.summary) console.log(formatFindings(evaluations, { misses: values.misses }));
if (values.extractor === 'llm') console.log(`Language model: ${usage.requests} requests, ${usage.tokens} tokens.`);
