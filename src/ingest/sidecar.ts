// The sidecar of an article: `<name>.json` beside it, with the fields of a source; it wins over what the article says.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { getNodeValue, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { ArticleMetadataError, ArticleUnreadableError } from './article-errors.ts';
import { type ArticleMetadata, readMetadataFields } from './article-metadata.ts';
import { decodeUtf8, describeInvalidUtf8 } from './text-decoding.ts';

const EXPECTED =
  'expected an object of source fields, such as {"title": "Manila and Tokyo sign a pact", "date": "2024-07-08"}';

/** The sidecar's path: `a.txt` -> `a.json`, written as the article's path is. */
export function sidecarPath(file: string): string {
  return `${file.slice(0, file.length - extname(file).length)}.json`;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** `CloseBraceExpected` -> `close brace expected`. */
const words = (code: string) => code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** Reads a sidecar's text; undefined when there is none. */
async function readSidecarText(path: string): Promise<string | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new ArticleUnreadableError(
      { file: path },
      `this sidecar cannot be read (${code ?? (error as Error).message}); expected a readable JSON file of the article's fields, or none`,
    );
  }
  const decoded = decodeUtf8(bytes);
  if ('invalid' in decoded) {
    throw new ArticleUnreadableError(
      { file: path, line: decoded.invalid.line },
      `this sidecar is not UTF-8 text (${describeInvalidUtf8(decoded.invalid)}); ${EXPECTED}, saved as UTF-8`,
    );
  }
  return decoded.text;
}

/**
 * The metadata in the sidecar beside `file`, or undefined when there is none.
 * @throws ArticleUnreadableError when the sidecar exists but cannot be read or is not UTF-8;
 * ArticleMetadataError naming the sidecar and its line when it is not JSON, not an object, repeats a
 * field, or has a field that `readMetadataFields` refuses.
 */
export async function readSidecar(file: string): Promise<ArticleMetadata | undefined> {
  const path = sidecarPath(file);
  const text = await readSidecarText(path);
  if (text === undefined) return undefined;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const [error] = errors;
  if (error || !root) {
    const what = error ? words(printParseErrorCode(error.error)) : 'no value';
    throw new ArticleMetadataError(
      { file: path, line: lineAt(text, error?.offset ?? 0) },
      `not valid JSON (${what}); ${EXPECTED}`,
    );
  }
  if (root.type !== 'object') {
    throw new ArticleMetadataError(
      { file: path, line: lineAt(text, root.offset) },
      `the JSON is ${describeType(root)}, not an object; ${EXPECTED}`,
    );
  }
  const fields: Record<string, unknown> = {};
  const lines = new Map<string, number>();
  for (const property of root.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    const name = String(key.value);
    const line = lineAt(text, key.offset);
    if (lines.has(name)) {
      throw new ArticleMetadataError(
        { file: path, line, field: name },
        `field "${name}" is given twice (first on line ${lines.get(name)}); expected each field once`,
      );
    }
    lines.set(name, line);
    fields[name] = getNodeValue(value);
  }
  return readMetadataFields(fields, { file: path, label: 'field', lineOf: (key) => lines.get(key) });
}

function describeType(node: Node): string {
  return node.type === 'array' ? 'an array' : node.type === 'string' ? 'a string' : `a ${node.type}`;
}
