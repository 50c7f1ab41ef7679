// YAML front matter at the top of a text article: a line `---`, YAML fields, a line `---`, then the text.
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { ArticleMetadataError } from './article-errors.ts';
import { type ArticleMetadata, readMetadataFields } from './article-metadata.ts';

const DELIMITER = /^---[ \t]*$/;
const EXPECTED = 'expected "field: value" lines, such as "title: Manila and Tokyo sign a defence pact"';

/** An article's text split from its front matter. */
export interface FrontMatter {
  /** The fields the front matter gives; empty when there is none. */
  metadata: ArticleMetadata;
  /** The text after the front matter, leading blank lines dropped; all of it when there is none. */
  text: string;
}

function describeNode(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? 'a line of text' : `the value ${String(value)}`;
}

/** The yaml package's message without its position, which is counted in the front matter, not the file. */
function plainMessage(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Splits `text` (lines ending in LF) into its front matter, read as article metadata, and what follows.
 * Text whose first line is not `---` has no front matter.
 * @throws ArticleMetadataError naming `file` and its line: front matter never closed, YAML that does
 * not parse or is not a mapping, and any field that `readMetadataFields` refuses.
 */
export function splitFrontMatter(file: string, text: string): FrontMatter {
  const lines = text.split('\n');
  if (!DELIMITER.test(lines[0] ?? '')) return { metadata: {}, text };
  const close = lines.findIndex((line, index) => index > 0 && DELIMITER.test(line));
  if (close === -1) {
    throw new ArticleMetadataError(
      { file, line: 1 },
      'front matter opened by "---" is never closed; expected a line "---" after its fields, then the text',
    );
  }
  // Front matter starts on the file's line 2.
  const fileLine = (yamlLine: number) => yamlLine + 1;
  const lineCounter = new LineCounter();
  const document = parseDocument(lines.slice(1, close).join('\n'), { lineCounter });
  const [error] = document.errors;
  if (error) {
    const line = error.linePos ? fileLine(Math.min(error.linePos[0].line, close)) : 2;
    throw new ArticleMetadataError(
      { file, line },
      `front matter is not valid YAML (${plainMessage(error.message)}); ${EXPECTED}`,
    );
  }
  const fields: unknown = document.toJS();
  const lineOfKey = new Map<string, number>();
  if (isMap(document.contents)) {
    for (const { key } of document.contents.items) {
      if (isScalar(key) && key.range)
        lineOfKey.set(String(key.value), fileLine(lineCounter.linePos(key.range[0]).line));
    }
  }
  if (fields !== null && (typeof fields !== 'object' || Array.isArray(fields))) {
    throw new ArticleMetadataError(
      { file, line: 2 },
      `front matter is ${describeNode(fields)}, not a mapping of fields; ${EXPECTED}`,
    );
  }
  const metadata = readMetadataFields((fields ?? {}) as Record<string, unknown>, {
    file,
    label: 'front matter field',
    lineOf: (key) => lineOfKey.get(key),
  });
  const rest = lines.slice(close + 1);
  const first = rest.findIndex((line) => line.trim() !== '');
  return { metadata, text: first === -1 ? '' : rest.slice(first).join('\n') };
}
