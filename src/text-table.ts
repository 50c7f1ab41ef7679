// Tables for a terminal and for Markdown alike: columns padded to their widest cell, a rule under the header.

/** A Markdown table, its columns padded to their widest cell (numbers may be right-aligned). */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  { right = [] as readonly number[] } = {},
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const pad = (c: string, i: number) => (right.includes(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0));
  const line = (cells: readonly string[]) => `| ${cells.map(pad).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
