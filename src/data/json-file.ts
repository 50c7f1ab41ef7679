// Reads one JSON file of graph-data/: syntax errors with their line, schema problems with their JSON path and line.
import { readFile } from 'node:fs/promises';
import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { z } from 'zod';
import type { DataProblem } from '../errors.ts';

export type JsonPath = (string | number)[];

/** Formats a path as JSONPath: `$.relations[3].to`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  return `$${path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('')}`;
}

/** A parsed JSON document that can tell the line of any path in it. */
export interface JsonDocument {
  file: string;
  value: unknown;
  /** The 1-based line where the value at `path` starts, or of its nearest parent that exists. */
  lineOf(path: JsonPath): number | undefined;
  /** A problem at `path`, with its line. */
  problem(path: JsonPath, message: string): DataProblem;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** A document whose syntax tree, needed only to tell the lines of problems, is built on first use. */
function createJsonDocument(file: string, text: string, value: unknown): JsonDocument {
  let root: Node | undefined;
  const lineOf = (path: JsonPath) => {
    root ??= parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
    if (!root) return undefined;
    for (let depth = path.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(root, path.slice(0, depth));
      if (node) return lineAt(text, node.offset);
    }
    return undefined;
  };
  return {
    file,
    value,
    lineOf,
    problem: (path, message) => ({ file, line: lineOf(path), path: formatJsonPath(path), message }),
  };
}

/** Reads and parses a JSON file; a missing or malformed file adds a problem and gives undefined. */
export async function readJsonDocument(
  absolutePath: string,
  file: string,
  problems: DataProblem[],
): Promise<JsonDocument | undefined> {
  let text: string;
  try {
    text = await readFile(absolutePath, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    problems.push({
      file,
      message: missing ? 'file not found; expected it to exist' : `cannot be read: ${(error as Error).message}`,
    });
    return undefined;
  }
  // JSON.parse is fast and strict; jsonc-parser, slower, tells where a malformed file goes wrong.
  let value: unknown;
  try {
    value = JSON.parse(text);
    return createJsonDocument(file, text, value);
  } catch {}
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0) {
    // Only the first: the parser's later errors mostly follow from it.
    const [{ error, offset }] = errors as [ParseError];
    const column = offset - text.lastIndexOf('\n', offset - 1);
    const what = printParseErrorCode(error)
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase();
    problems.push({
      file,
      line: lineAt(text, offset),
      message: `malformed JSON: ${what} at column ${column}; expected strict JSON (double-quoted names and strings, no trailing commas, no comments)`,
    });
    return undefined;
  }
  problems.push({
    file,
    message: 'malformed JSON; expected strict JSON (double-quoted names and strings, no trailing commas, no comments)',
  });
  return undefined;
}

/**
 * The items of the array at `key` that pass `schema` on their own, each at its index, undefined
 * where an item is invalid: what can still be cross-checked when the file as a whole failed validation.
 */
export function validItems<T>(document: JsonDocument, key: string, schema: z.ZodType<T>): (T | undefined)[] {
  const items = (document.value as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(items)) return [];
  return items.map((item) => {
    const result = schema.safeParse(item);
    return result.success ? result.data : undefined;
  });
}

/** Validates a parsed document against a schema; every issue becomes a problem with path, value and what is right. */
export function validateDocument<T>(
  document: JsonDocument,
  schema: z.ZodType<T>,
  problems: DataProblem[],
): T | undefined {
  const result = schema.safeParse(document.value);
  if (result.success) return result.data;
  reportIssues(document, schema, [], result.error.issues, problems);
  return undefined;
}

/**
 * Validates a document that is an object holding a list at `key` (entities, relations), item by
 * item: the items, each at its index, undefined where an item is invalid; every problem reported
 * as `validateDocument` would. An item that `isCanonical` accepts (valid, and already what the
 * item schema would return) is taken as it is; only the others go through zod. At a million
 * items, zod's copy of each one was most of the time spent loading, and half the garbage; when
 * every item is canonical, the list itself is returned.
 */
export function validateList<T>(
  document: JsonDocument,
  fileSchema: z.ZodType,
  key: string,
  itemSchema: z.ZodType<T>,
  isCanonical: (item: unknown) => item is T,
  problems: DataProblem[],
): (T | undefined)[] {
  const value = document.value;
  const items = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(items)) {
    validateDocument(document, fileSchema, problems);
    return [];
  }
  // The file around the list, checked with the list left empty.
  const frame = fileSchema.safeParse({ ...(value as Record<string, unknown>), [key]: [] });
  if (!frame.success) reportIssues(document, fileSchema, [], frame.error.issues, problems);
  // The list as it is until an item is not canonical; from there, a copy.
  let valid: (T | undefined)[] = items;
  for (let index = 0; index < items.length; index++) {
    const item: unknown = items[index];
    if (isCanonical(item)) {
      if (valid !== items) valid.push(item);
      continue;
    }
    if (valid === items) valid = items.slice(0, index);
    const result = itemSchema.safeParse(item);
    if (result.success) valid.push(result.data);
    else {
      valid.push(undefined);
      reportIssues(document, fileSchema, [key, index], result.error.issues, problems);
    }
  }
  return valid;
}

/** Turns zod's issues, found at `prefix` of the document, into problems with path, value and what is right. */
function reportIssues(
  document: JsonDocument,
  schema: z.ZodType,
  prefix: JsonPath,
  issues: readonly z.core.$ZodIssue[],
  problems: DataProblem[],
): void {
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path as JsonPath)];
    if (issue.code === 'unrecognized_keys') {
      const allowed = fieldsAt(schema, path);
      for (const key of issue.keys) {
        const hint = allowed ? `; expected only ${allowed.join(', ')}` : '';
        problems.push(document.problem([...path, key], `unknown field "${key}"${hint}`));
      }
      continue;
    }
    const found = valueAt(document.value, path);
    problems.push(document.problem(path, describeIssue(issue, found)));
  }
}

function describeIssue(issue: z.core.$ZodIssue, found: unknown): string {
  switch (issue.code) {
    case 'invalid_value':
      return `found ${show(found)}; expected one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      return found === undefined
        ? `missing; expected ${article(issue.expected)}`
        : `found ${show(found)}; expected ${article(issue.expected)}`;
    default:
      return `${issue.message}; found ${show(found)}`;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** A short, readable rendering of a found value. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

function valueAt(value: unknown, path: JsonPath): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

interface SchemaDef {
  type: string;
  shape?: Record<string, unknown>;
  element?: { _zod: { def: SchemaDef } };
  innerType?: { _zod: { def: SchemaDef } };
  in?: { _zod: { def: SchemaDef } };
}

/** The field names an object schema allows at `path`, for "unknown field" messages. */
function fieldsAt(schema: z.ZodType, path: JsonPath): string[] | undefined {
  let def = (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
  const unwrap = () => {
    while (def.innerType || def.in) def = (def.innerType ?? def.in)?._zod.def as SchemaDef;
  };
  for (const key of path) {
    unwrap();
    if (def.type === 'object' && typeof key === 'string' && def.shape?.[key]) {
      def = (def.shape[key] as { _zod: { def: SchemaDef } })._zod.def;
    } else if (def.type === 'array' && typeof key === 'number' && def.element) {
      def = def.element._zod.def;
    } else {
      return undefined;
    }
  }
  unwrap();
  return def.type === 'object' && def.shape ? Object.keys(def.shape).filter((k) => k !== '$schema') : undefined;
}
