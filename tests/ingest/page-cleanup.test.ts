import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dropBoilerplate, elementsUnder } from '../../src/ingest/page-cleanup.ts';

function cleaned(html: string, bodyClass = ''): string {
  const { document } = new JSDOM(`<!doctype html><html><head></head><body class="${bodyClass}">${html}</body></html>`)
    .window;
  dropBoilerplate(document);
  return document.body.innerHTML;
}

describe('dropBoilerplate', () => {
  it('drops scripts but JSON-LD, styles and what no reader sees', () => {
    expect(
      cleaned(
        '<p>a</p><script>x()</script><script type="Application/LD+JSON ">{}</script><style>p{}</style><noscript>n</noscript><svg></svg><iframe src="x"></iframe><template>t</template>',
      ),
    ).toBe('<p>a</p><script type="Application/LD+JSON ">{}</script>');
  });

  it('drops advertisements by their class or id', () => {
    expect(
      cleaned(
        '<p>a</p><div class="ad-slot ad-inline"><p>Advertisement: Earn 5%</p></div><div id="top-ad">Buy</div><ins class="adsbygoogle"></ins><div class="sponsored">S</div><p>b</p>',
      ),
    ).toBe('<p>a</p><p>b</p>');
  });

  it('keeps what only looks like an ad: a long text, the body, a word that merely contains "ad"', () => {
    const long = `<div class="ad-feature"><p>${'A long feature that a class names an ad. '.repeat(10)}</p></div>`;
    expect(cleaned(long)).toBe(long);
    expect(cleaned('<div class="header lead read-more">x</div><main class="no-ads">y</main>', 'no-ads')).toBe(
      '<div class="header lead read-more">x</div><main class="no-ads">y</main>',
    );
  });

  it('takes well under a second for thousands of elements (iterating a live HTMLCollection took a minute)', () => {
    const { document } = new JSDOM(
      `<body>${'<div class="section"><p>a <a href="/x">b</a></p></div>'.repeat(2000)}</body>`,
    ).window;
    const started = performance.now();
    dropBoilerplate(document);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(document.getElementsByTagName('p').length).toBe(2000);
  });
});

describe('elementsUnder', () => {
  it('lists every element in document order', () => {
    const { document } = new JSDOM(
      '<body><div id="a"><p id="b"><em id="c">x</em></p><p id="d"></p></div><span id="e"></span></body>',
    ).window;
    expect(elementsUnder(document.body).map((element) => element.id || element.localName)).toEqual([
      'body',
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
  });
});
