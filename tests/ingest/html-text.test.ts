import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../src/ingest/html-text.ts';

const textOf = (html: string) => articleText(new JSDOM(`<!doctype html><body>${html}</body>`).window.document.body);

describe('articleText', () => {
  it('makes each block a paragraph, whitespace collapsed, paragraphs separated by a blank line', () => {
    const html = `
      <h2>  Why
        now? </h2>
      <p>Tokyo is <em>concerned</em>
         about the   shoal.</p>
      <blockquote><p>“A partner,” he said.</p></blockquote>
      <ul><li>First point</li><li>Second <a href="/x">point</a></li></ul>
      <figure><img src="a.jpg"><figcaption>A caption</figcaption></figure>`;
    expect(textOf(html)).toBe(
      'Why now?\n\nTokyo is concerned about the shoal.\n\n“A partner,” he said.\n\nFirst point\n\nSecond point\n\nA caption',
    );
  });

  it('makes a div with its own text a paragraph, apart from the blocks inside it', () => {
    expect(textOf('<div>Lead text <b>bold</b><p>Inner paragraph.</p>Tail text</div>')).toBe(
      'Lead text bold\n\nInner paragraph.\n\nTail text',
    );
  });

  it('makes <br> a line break within a paragraph', () => {
    expect(textOf('<p>Line one<br>  Line two<br><br>Line three</p>')).toBe('Line one\nLine two\nLine three');
  });

  it('keeps the lines of a <pre>, and makes each table row a paragraph of its cells', () => {
    expect(
      textOf(
        '<pre>  a   b\n\nc  </pre><table><tr><th>Name</th><th> Role </th></tr><tr><td><p>Ana</p><p>Reyes</p></td><td></td><td>Fellow</td></tr></table>',
      ),
    ).toBe('a b\nc\n\nName | Role\n\nAna Reyes | Fellow');
  });

  it('drops scripts, styles and what else no reader sees', () => {
    expect(
      textOf(
        '<p>Kept<script>var x = "dropped";</script></p><style>p { color: red }</style><noscript>Enable JavaScript</noscript><template><p>Hidden</p></template><svg><text>Drawn</text></svg><p>Also kept</p>',
      ),
    ).toBe('Kept\n\nAlso kept');
  });

  it('gives an empty string for an element with no text', () => {
    expect(textOf('<div> <p>\n</p> </div>')).toBe('');
  });
});
