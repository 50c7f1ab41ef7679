import { describe, expect, it } from 'vitest';
import { decodeHtml, decodeUtf8, describeInvalidUtf8 } from '../../src/ingest/text-decoding.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => [...Buffer.from(text, 'latin1')];

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops a byte order mark', () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, ...Buffer.from('Café ✓')))).toEqual({ text: 'Café ✓' });
  });

  it.each([
    ['a byte that never starts a sequence', [0x61, 0x0a, 0x62, 0xff], { offset: 3, line: 2, byte: 0xff }],
    ['a continuation byte on its own', [0x61, 0x80, 0x62], { offset: 1, line: 1, byte: 0x80 }],
    ['an overlong form', [0x0a, 0x0a, 0xc0, 0xaf], { offset: 2, line: 3, byte: 0xc0 }],
    ['an overlong three-byte form', [0xe0, 0x80, 0x80], { offset: 0, line: 1, byte: 0xe0 }],
    ['a surrogate', [0x61, 0xed, 0xa0, 0x80], { offset: 1, line: 1, byte: 0xed }],
    ['a sequence cut short by the end', [0x61, 0x62, 0xe2, 0x82], { offset: 2, line: 1, byte: 0xe2 }],
    ['a sequence cut short by ASCII', [0xe2, 0x82, 0x41], { offset: 0, line: 1, byte: 0xe2 }],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], { offset: 0, line: 1, byte: 0xf4 }],
  ])('locates %s where the bad sequence begins', (_, input, invalid) => {
    expect(decodeUtf8(bytes(...input))).toEqual({ invalid });
  });

  it('finds a bad byte past the first few kilobytes, with its line', () => {
    const good = Buffer.from('line of text ✓\n'.repeat(1000));
    const result = decodeUtf8(Uint8Array.from([...good, 0xfe]));
    expect(result).toEqual({ invalid: { offset: good.length, line: 1001, byte: 0xfe } });
  });

  it('describes the bad byte', () => {
    expect(describeInvalidUtf8({ offset: 9, line: 2, byte: 0x0f })).toBe('byte 0x0f at offset 9');
  });
});

describe('decodeHtml', () => {
  it('reads a page as UTF-8 when it declares nothing and is UTF-8', () => {
    expect(decodeHtml(Uint8Array.from(Buffer.from('<p>Café</p>')))).toBe('<p>Café</p>');
  });

  it('falls back to windows-1252 for an undeclared page that is not UTF-8', () => {
    expect(decodeHtml(bytes(...ascii('<p>Caf'), 0xe9, ...ascii(' '), 0x93, ...ascii('x'), 0x94))).toBe('<p>Café “x”');
  });

  it('follows a <meta charset> in the first 1024 bytes', () => {
    // 日本 in Shift_JIS.
    const page = bytes(...ascii('<meta charset="Shift_JIS"><p>'), 0x93, 0xfa, 0x96, 0x7b);
    expect(decodeHtml(page)).toBe('<meta charset="Shift_JIS"><p>日本');
    const httpEquiv = bytes(
      ...ascii('<meta http-equiv="Content-Type" content="text/html; charset=euc-jp"><p>'),
      0xc6,
      0xfc,
    );
    expect(decodeHtml(httpEquiv)).toBe('<meta http-equiv="Content-Type" content="text/html; charset=euc-jp"><p>日');
  });

  it('reads a page declared as ISO-8859-1 as windows-1252, as browsers do', () => {
    const page = bytes(...ascii('<meta charset="iso-8859-1"><p>'), 0x80, 0x20, 0xe9);
    expect(decodeHtml(page)).toBe('<meta charset="iso-8859-1"><p>€ é');
  });

  it('follows a byte order mark over a declaration', () => {
    const page = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<meta charset="latin1">é', 'utf16le')]);
    expect(decodeHtml(Uint8Array.from(page))).toBe('<meta charset="latin1">é');
  });

  it('reads a page that declares UTF-16 without a byte order mark as UTF-8, and ignores an unknown label', () => {
    expect(decodeHtml(Uint8Array.from(Buffer.from('<meta charset="utf-16"><p>é')))).toBe('<meta charset="utf-16"><p>é');
    expect(decodeHtml(Uint8Array.from(Buffer.from('<meta charset="klingon"><p>é')))).toBe(
      '<meta charset="klingon"><p>é',
    );
  });
});
