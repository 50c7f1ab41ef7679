// Bytes to text: strict UTF-8 for text files and sidecars, and the encoding an HTML page declares.

/** Where decoding failed: the byte offset of the first byte that is not UTF-8, and its 1-based line. */
export interface InvalidUtf8 {
  offset: number;
  line: number;
  byte: number;
}

const utf8 = () => new TextDecoder('utf-8', { fatal: true });

/**
 * The text of UTF-8 `bytes` without a leading byte order mark, or where the first byte that is not
 * UTF-8 lies. Malformed input is rare, so it is located only after a fast decode has failed.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { invalid: InvalidUtf8 } {
  try {
    return { text: utf8().decode(bytes) };
  } catch {
    const offset = firstInvalidSequence(bytes);
    return { invalid: { offset, line: lineAt(bytes, offset), byte: bytes[offset] ?? 0 } };
  }
}

/** The offset where the first sequence that is not well-formed UTF-8 (Unicode's table 3-7) begins. */
function firstInvalidSequence(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const trailing =
      lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    if (trailing === 0) return i;
    // The second byte's range is narrower after E0, ED, F0 and F4: no overlong forms, surrogates or code points past U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= trailing; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += trailing + 1;
  }
  return bytes.length;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** `byte 0xff at offset 12`: what failed to decode, for a message that names the line apart. */
export function describeInvalidUtf8(invalid: InvalidUtf8): string {
  return `byte 0x${invalid.byte.toString(16).padStart(2, '0')} at offset ${invalid.offset}`;
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

/**
 * The encoding a page declares in a `<meta charset>` or `<meta http-equiv="Content-Type">` within its
 * first 1024 bytes, as a browser's prescan finds it; UTF-16 declared in bytes that were read as ASCII
 * means UTF-8, as the HTML standard says.
 */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const match = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (!match?.[1]) return undefined;
  try {
    const encoding = new TextDecoder(match[1]).encoding;
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return undefined;
  }
}

/** Windows-1252's characters for bytes 0x80 to 0x9f; the rest of it is Latin-1. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Node 20's TextDecoder reads windows-1252 as Latin-1, turning curly quotes into control characters. */
function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

const decode = (bytes: Uint8Array, encoding: string) =>
  encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);

/**
 * The text of an HTML page: in the encoding its byte order mark or `<meta charset>` names; else
 * UTF-8 when it is valid UTF-8, else windows-1252, as browsers read an undeclared legacy page.
 */
export function decodeHtml(bytes: Uint8Array): string {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return decode(bytes, encoding);
  }
  const declared = declaredEncoding(bytes);
  if (declared) return decode(bytes, declared);
  const decoded = decodeUtf8(bytes);
  return 'text' in decoded ? decoded.text : decodeWindows1252(bytes);
}
