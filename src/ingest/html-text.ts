// The plain text of an article's HTML, read through the DOM: a paragraph per block, blank lines between them.

/** Elements that end the paragraph before them and start a new one. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'ul',
]);

/** Elements whose content is not text a reader sees. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'select',
]);

/** Cells of a table row are joined by this, the row being one paragraph. */
export const CELL_SEPARATOR = ' | ';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Whitespace collapsed to single spaces, ends trimmed. */
const collapse = (line: string) => line.replace(/\s+/g, ' ').trim();

/** Collects paragraphs: lines of text broken by `<br>`, each paragraph flushed at a block's edge. */
class Paragraphs {
  readonly done: string[] = [];
  private lines: string[] = [''];

  add(text: string): void {
    this.lines[this.lines.length - 1] += text;
  }

  lineBreak(): void {
    this.lines.push('');
  }

  /** Ends the paragraph being written, if it holds any text. */
  flush(): void {
    const paragraph = this.lines.map(collapse).filter(Boolean).join('\n');
    if (paragraph) this.done.push(paragraph);
    this.lines = [''];
  }

  /** Adds a whole paragraph, ending the one being written. */
  push(paragraph: string): void {
    this.flush();
    if (paragraph) this.done.push(paragraph);
  }
}

/** Walks `node`'s children into `out`; within a `<pre>` (`preformatted`), a newline in the text is a line break. */
function walk(node: Node, out: Paragraphs, preformatted = false): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) addText(child.nodeValue ?? '', out, preformatted);
    if (child.nodeType !== ELEMENT_NODE) continue;
    const element = child as Element;
    const tag = element.localName;
    if (DROPPED.has(tag)) continue;
    if (tag === 'br') out.lineBreak();
    else if (tag === 'tr') out.push(row(element));
    else if (tag === 'pre' || BLOCKS.has(tag)) {
      out.flush();
      walk(element, out, preformatted || tag === 'pre');
      out.flush();
    } else walk(element, out, preformatted);
  }
}

function addText(text: string, out: Paragraphs, preformatted: boolean): void {
  if (!preformatted) {
    out.add(text);
    return;
  }
  text.split('\n').forEach((line, index) => {
    if (index > 0) out.lineBreak();
    out.add(line);
  });
}

/** A table row: the text of each cell, cells joined by CELL_SEPARATOR. */
function row(element: Element): string {
  const cells: string[] = [];
  for (let cell = element.firstElementChild; cell; cell = cell.nextElementSibling) {
    if (cell.localName !== 'td' && cell.localName !== 'th') continue;
    const text = articleText(cell).replace(/\s+/g, ' ');
    if (text) cells.push(text);
  }
  return cells.join(CELL_SEPARATOR);
}

/**
 * The text of `root`: each block (p, h1–h6, li, blockquote, pre, figcaption, a table row, a div's own
 * text...) a paragraph with its whitespace collapsed, paragraphs separated by a blank line, `<br>` a
 * line break; scripts, styles and other content no reader sees are dropped.
 */
export function articleText(root: Node): string {
  const out = new Paragraphs();
  walk(root, out);
  out.flush();
  return out.done.join('\n\n');
}
