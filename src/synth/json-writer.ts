// Streams a JSON file of one top-level array, one item per line, without holding the whole text in memory.
import { type FileHandle, open } from 'node:fs/promises';

/** How much text is gathered before it is written out. */
const FLUSH_AT = 1 << 20;

export interface JsonArrayWriter {
  /** Appends one item to the array. */
  push(item: unknown): Promise<void>;
  /** Closes the array and the file; returns how many bytes were written. */
  close(): Promise<number>;
}

/**
 * Writes `{"$schema": schema, "<key>": [ ... ]}` to `path`, one item per line: valid JSON that a
 * text editor and a line-oriented tool can still read.
 */
export async function createJsonArrayWriter(path: string, schema: string, key: string): Promise<JsonArrayWriter> {
  const file: FileHandle = await open(path, 'w');
  let pending = `{\n  "$schema": ${JSON.stringify(schema)},\n  ${JSON.stringify(key)}: [`;
  let bytes = 0;
  let first = true;
  const flush = async () => {
    await file.write(pending);
    bytes += Buffer.byteLength(pending);
    pending = '';
  };
  return {
    async push(item) {
      pending += `${first ? '\n' : ',\n'}    ${JSON.stringify(item)}`;
      first = false;
      if (pending.length >= FLUSH_AT) await flush();
    },
    async close() {
      pending += `${first ? '' : '\n  '}]\n}\n`;
      await flush();
      await file.close();
      return bytes;
    },
  };
}
