// Escaping for the XML formats: text and attribute values, without the characters XML 1.0 cannot hold.

/** Everything but tab, newline, carriage return and the code points XML 1.0 allows. */
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};
const toEntity = (character: string) => ESCAPES[character] as string;

/** `value` without the characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE, U+FFFF). */
export function stripInvalidXml(value: string): string {
  return value.replace(INVALID_XML, '');
}

/** `value` as element content; carriage returns escaped so that a parser does not turn them into newlines. */
export function xmlText(value: string): string {
  return stripInvalidXml(value).replace(/[&<>"'\r]/g, toEntity);
}

/** `value` as an attribute value; newlines and tabs escaped so that a parser does not turn them into spaces. */
export function xmlAttribute(value: string): string {
  return stripInvalidXml(value).replace(/[&<>"'\r\n\t]/g, toEntity);
}
