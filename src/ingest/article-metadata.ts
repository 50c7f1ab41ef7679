// The metadata fields an article's front matter or sidecar may give, as a table: each field with the one check it passes.
import { SLUG_PATTERN } from '../data/schema.ts';
import { isPartialDate } from '../dates.ts';
import { ArticleMetadataError } from './article-errors.ts';

/** What is known about an article: the fields of a source, each one optional. */
export interface ArticleMetadata {
  id?: string;
  title?: string;
  author?: string;
  publisher?: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  publishedOn?: string;
  url?: string;
}

export type MetadataField = keyof ArticleMetadata;

/** A field's value as given, or what is wrong with it ("not a date; expected ..."). */
type FieldCheck = (value: string | number | Date) => { value: string } | { problem: string };

const text: FieldCheck = (value) =>
  value instanceof Date ? { problem: 'a date; expected text' } : { value: String(value).trim() };

const slug: FieldCheck = (value) => {
  const id = String(value).trim();
  return SLUG_PATTERN.test(id)
    ? { value: id }
    : { problem: 'not a slug; expected lowercase letters, digits and single dashes, such as "inquirer-2024-04-raa"' };
};

/** The date part of an ISO 8601 timestamp: as the author wrote it, in its own time zone. */
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;

/** A date or partial date from a date, a timestamp or a year; undefined when `value` is none of them. */
export function dateOf(value: string | number | Date): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  const given = String(value).trim();
  const date = TIMESTAMP.exec(given)?.[1] ?? given;
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(date) && isPartialDate(date) ? date : undefined;
}

const date: FieldCheck = (value) => {
  const found = dateOf(value);
  return found
    ? { value: found }
    : {
        problem:
          'not a date; expected YYYY-MM-DD, YYYY-MM or YYYY, or an ISO timestamp such as 2024-04-12T09:30:00+08:00',
      };
};

/** Whether `value` is an absolute http or https address. */
export function isWebAddress(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === 'http:' || protocol === 'https:';
}

const url: FieldCheck = (value) => {
  const address = String(value).trim();
  return isWebAddress(address)
    ? { value: address }
    : { problem: 'not a web address; expected an absolute http or https URL, such as https://example.com/article' };
};

/** Every field, with its check. */
const FIELDS: Record<MetadataField, FieldCheck> = {
  id: slug,
  title: text,
  author: text,
  publisher: text,
  publishedOn: date,
  url,
};

/** Other names a field may be given by. */
const SYNONYMS: Record<string, MetadataField> = { date: 'publishedOn' };

/** A field a source file may carry that says nothing about the article; accepted and ignored. */
const IGNORED = new Set(['$schema']);

export const KNOWN_FIELDS_HINT = 'id, title, author, publisher, publishedOn (or its synonym date) and url';

/** Where fields come from, for messages: the file to blame, what to call a field there, and the line of a key. */
export interface FieldOrigin {
  file: string;
  /** `front matter field` or `field`. */
  label: string;
  lineOf(key: string): number | undefined;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && value !== null) return 'a nested mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  return String(value);
}

/**
 * The metadata in `fields` (parsed front matter or sidecar). A field left empty or null counts as
 * absent; `date` is read as `publishedOn`.
 * @throws ArticleMetadataError naming the file, line and field, for an unknown field, a value of the
 * wrong kind, a date that is not one, and a field given both by its name and by a synonym.
 */
export function readMetadataFields(fields: Record<string, unknown>, origin: FieldOrigin): ArticleMetadata {
  const metadata: ArticleMetadata = {};
  const givenAs = new Map<MetadataField, string>();
  const fail = (key: string, problem: string) =>
    new ArticleMetadataError({ file: origin.file, line: origin.lineOf(key), field: key }, problem);
  for (const [key, value] of Object.entries(fields)) {
    if (IGNORED.has(key)) continue;
    const field = Object.hasOwn(FIELDS, key) ? (key as MetadataField) : SYNONYMS[key];
    if (field === undefined) {
      throw fail(key, `${origin.label} "${key}" is not known; expected only ${KNOWN_FIELDS_HINT}`);
    }
    const other = givenAs.get(field);
    if (other !== undefined) {
      throw fail(
        key,
        `${origin.label}s "${other}" and "${key}" are the same field, ${field}; expected only one of them`,
      );
    }
    givenAs.set(field, key);
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
    if (typeof value !== 'string' && typeof value !== 'number' && !(value instanceof Date)) {
      throw fail(key, `${origin.label} "${key}" is ${describe(value)}; expected text`);
    }
    const checked = FIELDS[field](value);
    if ('problem' in checked) throw fail(key, `${origin.label} "${key}" is ${describe(value)}, ${checked.problem}`);
    metadata[field] = checked.value;
  }
  return metadata;
}
