import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ArticleNoTextError, ArticleTooLargeError } from '../../src/ingest/article-errors.ts';
import { countTagOpenings, readHtmlArticle } from '../../src/ingest/html-article.ts';

const fixture = (name: string) => {
  const file = fileURLToPath(new URL(`../fixtures/articles/${name}`, import.meta.url));
  return { file, html: readFileSync(file, 'utf8') };
};

/** Text that would show the page's chrome got in: nothing of it may be in the article. */
const BOILERPLATE = [
  'Skip to main content',
  'Subscribe',
  'Sport',
  'Advertisement',
  'Coral Bank',
  'Share this article',
  'Most read',
  'Related',
  'Ferry strike',
  'Japan approves record defence budget',
  'newsletter',
  'Comments',
  'cookies',
  'Accept all',
  'Privacy',
  'All rights reserved',
  'Tracking pixel',
  'enable JavaScript',
  'gtag',
  'font-family',
];

describe('readHtmlArticle', () => {
  it('reads a news page: its paragraphs in order, title first, and none of its chrome', () => {
    const { file, html } = fixture('news-page.html');
    const { text, metadata } = readHtmlArticle(file, html);
    expect(text.split('\n\n')).toEqual([
      'Canberra and Tokyo step up drills as Pacific tensions rise',
      'Australia and Japan will double the number of joint military exercises they hold this year, defence officials in both capitals said on Monday, as the two countries deepen a partnership that has grown quickly since their Reciprocal Access Agreement entered into force in August 2023.',
      "The agreement lets each country's forces train on the other's territory with fewer legal hurdles, and officials said the first large exercise under the new plan would take place in northern Australia in July, involving warships, fighter jets and about 2,000 troops.",
      "“We are not preparing for any one contingency,” Australia's defence minister, Richard Marles, told reporters in Canberra. “We are making sure that two close partners can work together at short notice.”",
      'Concern over the South China Sea',
      "Both governments have voiced concern about China's conduct in the South China Sea, where Chinese coast guard ships have repeatedly blocked Philippine supply missions. Japan's defence ministry said in a statement that it supports the Philippines' right to resupply its outposts.",
      '“Stability in the region depends on rules that apply to everyone,” the statement said.',
      "Analysts said the expanded drills were also meant to reassure Washington, which has urged its allies in Asia to take on a larger share of the region's defence.",
      "China's foreign ministry said it opposed what it called exclusive military groupings and urged both countries to “respect the legitimate security interests of others”.",
    ]);
    for (const chrome of BOILERPLATE) expect(text).not.toContain(chrome);
    expect(metadata).toEqual({
      title: 'Canberra and Tokyo step up drills as Pacific tensions rise',
      author: 'Harriet Lowe',
      publisher: 'The Harbour Times',
      publishedOn: '2024-03-18',
      url: 'https://www.harbourtimes.example/world/asia/2024/03/18/canberra-tokyo-drills',
    });
  });

  it('reads an analysis page: question headings, list items and table rows as paragraphs; byline and JSON-LD metadata', () => {
    const { file, html } = fixture('analysis-page.html');
    const { text, metadata } = readHtmlArticle(file, html);
    expect(text.split('\n\n')).toEqual([
      "Japan's security assistance: radar, patrol boats and a new kind of partner",
      'In April 2023 Japan launched Official Security Assistance, a programme that for the first time lets Tokyo give equipment to the armed forces of friendly countries rather than only to their civilian agencies. The Philippines, Malaysia, Bangladesh and Fiji were the first recipients. This analysis asks three questions about what the programme does and where it may lead.',
      'What does the programme change?',
      "For decades Japan's aid rules kept its development money away from anything military. Coast guards were the exception, which is why Japanese-built patrol vessels now sail for the Philippine Coast Guard and for Vietnam's maritime police. Official Security Assistance removes that limit for a narrow set of items, such as coastal radar, communications equipment and rescue boats.",
      'The first package for the Philippines, agreed in November 2023, pays for coastal surveillance radars that will help Manila watch the waters around the Second Thomas Shoal and other disputed features.',
      'Why now?',
      'Tokyo is concerned about the growing presence of Chinese ships near the Senkaku Islands and in the South China Sea, and it sees partners that can watch their own waters as a first line of defence. The 2022 National Security Strategy described the programme as a way to help like-minded countries deter attempts to change the status quo by force.',
      '“A partner that knows what is happening off its own coast is harder to coerce,” one Japanese official told us.',
      'What comes next?',
      "The budget is still small, about two billion yen in its first year, and every transfer must pass Japan's strict export rules. Yet the list of candidate countries is growing, and several Pacific island states have asked to join.",
      'Expect larger packages for the Philippines once the Reciprocal Access Agreement between the two countries is concluded.',
      'Watch whether Tokyo extends assistance to countries that are not maritime neighbours of China.',
      'Recipient | First package',
      'Philippines | Coastal radar',
      'Malaysia | Rescue boats',
      'Ana Reyes is a senior fellow in the Maritime Security Programme.',
    ]);
    for (const chrome of [
      'cookie',
      'Got it',
      'Research',
      'Donate',
      'Home',
      'Related research',
      'Quad at twenty',
      'Upcoming events',
      'Download PDF',
      'Tags',
      'Subscribe',
      'Copyright',
    ]) {
      expect(text).not.toContain(chrome);
    }
    // Readability finds the title and the byline; the publisher and the date only JSON-LD in an @graph gives.
    expect(metadata).toEqual({
      title: "Japan's security assistance: radar, patrol boats and a new kind of partner",
      author: 'Ana Reyes and Kenji Watanabe',
      publisher: 'Pacific Policy Institute',
      publishedOn: '2024-02-06',
      url: 'https://pacificpolicy.example/analysis/japan-official-security-assistance',
    });
  });

  const body = 'Japan and the Philippines signed a defence pact in Manila on Monday, officials said. '.repeat(4).trim();

  it('does not write the title twice when the article begins with it', () => {
    const html = `<html><head><title>Pact signed</title></head><body><article><p>Pact signed</p><p>${body}</p></article></body></html>`;
    expect(readHtmlArticle('a.html', html).text).toBe(`Pact signed\n\n${body}`);
  });

  it('gives the body alone when the page has no title', () => {
    const html = `<html><body><article><p>${body}</p></article></body></html>`;
    expect(readHtmlArticle('a.html', html)).toEqual({ text: body, metadata: {} });
  });

  it('refuses a page with no article, or too short a one', () => {
    expect(() => readHtmlArticle('empty.html', '')).toThrow(
      new ArticleNoTextError(
        { file: 'empty.html' },
        'no article was found in this page; expected the saved page of one article (not an index, a teaser or a paywall), or the article saved as text',
      ),
    );
    const teaser =
      '<html><head><title>Teaser</title></head><body><nav><a href="/">Home</a></nav><article><p>Subscribe to read the rest of this story about the Philippines and Japan.</p></article></body></html>';
    expect(() => readHtmlArticle('teaser.html', teaser)).toThrow(
      'teaser.html: the article found in this page has 73 characters of text, fewer than 200; expected the saved page of one article (not an index, a teaser or a paywall), or the article saved as text',
    );
  });

  it('refuses a page with more elements than it may read, once scripts are dropped, before readability spends time on it', () => {
    const html = `<html><body><article>${'<p>Japan and the Philippines.</p>'.repeat(50)}<script>${'<p>'.repeat(40)}</script></article></body></html>`;
    expect(() => readHtmlArticle('big.html', html, { maxElements: 50 })).toThrow(
      new ArticleTooLargeError(
        { file: 'big.html' },
        'this page has 54 elements besides scripts, styles and ads, more than the 50 read in reasonable time; expected a saved article page, or the article saved as text',
      ),
    );
    expect(readHtmlArticle('big.html', html, { maxElements: 54 }).text).toContain('Japan and the Philippines.');
  });

  it('refuses a page with far more tags than elements it may read without parsing it', () => {
    const html = `<html><body><article>${'<p>Japan and the Philippines.</p>'.repeat(50)}<script>${'<p>'.repeat(40)}</script></article></body></html>`;
    expect(() => readHtmlArticle('big.html', html, { maxElements: 20 })).toThrow(
      new ArticleTooLargeError(
        { file: 'big.html' },
        'this page opens some 94 tags, far more than the 20 elements read in reasonable time; expected a saved article page, or the article saved as text',
      ),
    );
  });
});

describe('countTagOpenings', () => {
  it('counts each < before a letter: start tags, and tag-like text in scripts and comments', () => {
    expect(countTagOpenings('<P>a<b</p><!-- <x> --> i<n 1<2 <5 <')).toBe(4);
  });
});
