// The explorer in a real browser: Debian's Chromium drives /explore, served by the real app over the real graph.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../src/config.ts';
import { loadGraphData } from '../../src/data/load.ts';
import { heldAsOf, monthNumber, monthOf, monthRange } from '../../src/explorer/as-of.ts';
import { DIMMED_NODE_COLOR, KIND_COLORS, RELATION_COLORS } from '../../src/explorer/palette.ts';
import { sentenceAround } from '../../src/explorer/sentence.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../../src/graph/knowledge-base.ts';
import { realGraph } from '../server/fixtures.ts';
import { buildExplorer, type ExplorerServer, launchChromium, serveExplorer } from './harness.ts';
import { colorAround, colorDistance, countColor, decodePng, differingShare, inkStats } from './png.ts';

const SHOTS = fileURLToPath(new URL('../../test-results/explorer/', import.meta.url));
const shot = (name: string) => join(SHOTS, name);

interface GraphJson {
  nodes: { key: string; attributes: { color: string; kind: string } }[];
  edges: { key: string; attributes: { relation: string } }[];
}

let kb: KnowledgeBase;
let browser: Browser;
let server: ExplorerServer;
let graphJson: GraphJson;

beforeAll(async () => {
  browser = await launchChromium();
  const [explorerDir, knowledgeBase] = await Promise.all([buildExplorer(), realGraph()]);
  kb = knowledgeBase;
  server = await serveExplorer(kb, explorerDir);
  graphJson = (await (await fetch(`${server.url}/export/graph.json`)).json()) as GraphJson;
  await mkdir(SHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

let context: BrowserContext;
let page: Page;
let problems: string[];

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // Fail on the step that waits, not on the test's timeout. (On CI's two cores, with other test
  // files running beside this one, a step that takes a second alone once took over five.)
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
  problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
});

afterEach(async () => {
  await context.close();
  expect(problems).toEqual([]);
});

/** Waits until sigma has drawn what the page last asked for. */
const drawn = () =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

async function openExplorer() {
  await page.goto(`${server.url}/explore`);
  await page.waitForSelector('#graph[data-ready="true"]');
  await drawn();
}

async function graphPixels(name?: string) {
  await page.waitForSelector('#graph[data-camera="still"]');
  await drawn();
  return decodePng(await page.locator('#graph').screenshot(name ? { path: shot(name) } : {}));
}

async function searchAndChoose(input: string, text: string) {
  await page.fill(input, text);
  await page.press(input, 'Enter');
}

/** Moves the date slider to `month` (YYYY-MM), as a drag that ends there does. */
async function slideTo(month: string) {
  await page.locator('[data-testid="as-of"]').fill(String(monthNumber(month)));
  await page.waitForSelector(`#graph[data-as-of="${month}"]`);
  await drawn();
}

/** How many relations the API says held on `asOf`, of `types` if given: the explorer must agree. */
async function heldCount(asOf: string, types?: string[]): Promise<number> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'query ($asOf: String, $types: [RelationType!]) { relations(asOf: $asOf, types: $types, first: 1) { totalCount } }',
      variables: { asOf, types: types ?? null },
    }),
  });
  const body = (await response.json()) as { data: { relations: { totalCount: number } } };
  return body.data.relations.totalCount;
}

const visibleRelations = async () => Number(await page.getAttribute('#graph', 'data-visible-relations'));
const dimmedEntities = async () => Number(await page.getAttribute('#graph', 'data-dimmed-entities'));
const summaryText = () => page.textContent('[data-testid="graph-summary"]');

const panelHeading = (name: string) => page.locator('[data-testid="entity-name"]', { hasText: name }).waitFor();

describe('the explorer at /explore', { timeout: 30_000 }, () => {
  it('draws the graph of /export/graph.json with its colours', async () => {
    await openExplorer();
    const pixels = await graphPixels('graph.png');
    const { inked, colors } = inkStats(pixels);
    expect(inked).toBeGreaterThan(0.03);
    expect(colors).toBeGreaterThan(100);
    // Every community colour is on screen, and the relation colours too.
    for (const color of new Set(graphJson.nodes.map((n) => n.attributes.color))) {
      expect(countColor(pixels, color), `entity colour ${color}`).toBeGreaterThan(20);
    }
    for (const type of ['LEADS', 'PARTNER', 'SUPPORTS'] as const) {
      expect(countColor(pixels, RELATION_COLORS[type], 12), `${type} edges`).toBeGreaterThan(20);
    }
    expect(await page.textContent('[data-testid="graph-summary"]')).toBe(
      `Showing ${kb.graph.size} of ${kb.graph.size} relations among ${kb.graph.order} entities.`,
    );
    expect(await page.textContent('[data-testid="status"]')).toBe(
      `Loaded ${kb.graph.order} entities and ${kb.graph.size} relations.`,
    );
    await page.screenshot({ path: shot('page.png') });
  });

  it('finds Kishida by search and shows his relations with each quote in its sentence', async () => {
    await openExplorer();
    const before = await graphPixels();
    await page.fill('#search', 'Kishida');
    const first = page.locator('#search-suggestions [role="option"]').first();
    await first.waitFor();
    expect(await first.getAttribute('data-entity-id')).toBe('fumio-kishida');
    expect(await page.getAttribute('#search', 'aria-expanded')).toBe('true');
    await page.press('#search', 'Enter');
    await panelHeading('Fumio Kishida');

    expect(await page.textContent('[data-testid="entity-kind"]')).toBe('person');
    const shownRelations = await page
      .locator('#panel [data-relation-id]')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.relationId));
    expect(shownRelations.sort()).toEqual(kb.graph.edges('fumio-kishida').sort());

    // The quote sits in a <mark>, between the text of its sentence before and after it.
    const [evidence] = kb.graph.getEdgeAttribute('fumio-kishida-leads-japan', 'evidence');
    if (!evidence) throw new Error('fumio-kishida-leads-japan has no evidence');
    const text = kb.sources.get(evidence.sourceId)?.text ?? '';
    const { before: sentenceBefore, after: sentenceAfter } = sentenceAround(text, evidence.start, evidence.end);
    const quote = page.locator('[data-relation-id="fumio-kishida-leads-japan"] blockquote').first();
    const nodes = await quote.evaluate((element) => [...element.childNodes].map((n) => [n.nodeName, n.textContent]));
    expect(evidence.quote).toContain('Kishida');
    expect(nodes).toEqual([
      ['#text', sentenceBefore],
      ['MARK', evidence.quote],
      ['#text', sentenceAfter],
    ]);
    expect(sentenceBefore + sentenceAfter).not.toBe('');

    // The camera has moved to Kishida, drawn in his colour at the centre; the rest is dimmed.
    const after = await graphPixels('entity-kishida.png');
    const kishida = graphJson.nodes.find((n) => n.key === 'fumio-kishida')?.attributes.color ?? '';
    const centre = colorAround(after, Math.floor(after.width / 2), Math.floor(after.height / 2));
    expect(colorDistance(centre, kishida), `${centre} at the centre, ${kishida} expected`).toBeLessThanOrEqual(3);
    // (A few antialiased edge pixels may blend to the dimmed grey; dimmed nodes make hundreds.)
    expect(countColor(before, DIMMED_NODE_COLOR, 2)).toBeLessThan(20);
    expect(countColor(after, DIMMED_NODE_COLOR, 2)).toBeGreaterThan(200);
    await page.screenshot({ path: shot('entity-kishida-page.png') });
  });

  it('lists the hops of the shortest path from Kishida to Trump and lights it up', async () => {
    await openExplorer();
    await page.click('[data-testid="path-toggle"]');
    expect(await page.getAttribute('[data-testid="path-toggle"]', 'aria-pressed')).toBe('true');
    expect(await page.isVisible('[data-testid="path-bar"]')).toBe(true);
    await searchAndChoose('#path-from', 'Kishida');
    await searchAndChoose('#path-to', 'Trump');
    await page.locator('[data-testid="path-hops"] > li').nth(1).waitFor();

    const hops = await page.locator('[data-testid="path-hops"] > li').evaluateAll((items) =>
      items.map((item) => ({
        relation: (item as HTMLElement).dataset.relationId,
        line: item.querySelector('.relation-line')?.textContent,
        quotes: [...item.querySelectorAll('mark')].map((mark) => mark.textContent),
      })),
    );
    const quotes = (id: string) => kb.graph.getEdgeAttribute(id, 'evidence').map((e) => e.quote);
    expect(hops).toEqual([
      {
        relation: 'fumio-kishida-leads-japan',
        line: 'Fumio Kishida —LEADS→ Japan',
        quotes: quotes('fumio-kishida-leads-japan'),
      },
      {
        relation: 'japan-concern-donald-trump',
        line: 'Japan —CONCERN→ Donald Trump',
        quotes: quotes('japan-concern-donald-trump'),
      },
    ]);
    expect(await page.textContent('[data-testid="path-summary"]')).toBe('Fumio Kishida to Donald Trump in 2 hops');

    // The path's two relations are drawn in their colours; every other relation is dimmed.
    const pixels = await graphPixels('path-kishida-trump.png');
    expect(countColor(pixels, RELATION_COLORS.LEADS, 12)).toBeGreaterThan(20);
    expect(countColor(pixels, RELATION_COLORS.CONCERN, 12)).toBeGreaterThan(20);
    expect(countColor(pixels, RELATION_COLORS.PARTNER, 12)).toBeLessThan(5);
    expect(countColor(pixels, RELATION_COLORS.SUPPORTS, 12)).toBeLessThan(5);
    await page.screenshot({ path: shot('path-kishida-trump-page.png') });
  });

  it('picks path ends by clicking entities in the graph, and says when there is no path', async () => {
    await openExplorer();
    // Choosing Japan centres the camera on it, so a click at the centre lands on Japan.
    await searchAndChoose('#search', 'Japan');
    await panelHeading('Japan');
    await page.waitForSelector('#graph[data-camera="still"]');
    const box = await page.locator('#graph').boundingBox();
    if (!box) throw new Error('the graph has no box');

    // A click on the background clears the selection; a click on Japan selects it again.
    await page.mouse.click(box.x + 8, box.y + 8);
    await page.locator('#panel h2', { hasText: 'Explore the graph' }).waitFor();
    // Two clicks within sigma's doubleClickTimeout (300 ms) are a double click, which zooms.
    await page.waitForTimeout(350);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await panelHeading('Japan');

    // The path bar opens above the graph, which shrinks and keeps Japan at its centre.
    await page.waitForSelector('#graph[data-camera="still"]');
    await page.click('[data-testid="path-toggle"]');
    await drawn();
    const smaller = await page.locator('#graph').boundingBox();
    if (!smaller) throw new Error('the graph has no box');
    expect(smaller.height).toBeLessThan(box.height);
    await page.mouse.click(smaller.x + smaller.width / 2, smaller.y + smaller.height / 2);
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#path-from')?.value === 'Japan');
    await searchAndChoose('#path-to', 'Trump');
    await page.locator('[data-testid="path-summary"]', { hasText: 'Japan to Donald Trump in 1 hop' }).waitFor();
    expect(await page.locator('[data-testid="path-hops"] > li').count()).toBe(1);

    await searchAndChoose('#path-to', 'Embassy of Japan in the United States');
    await page.locator('[data-testid="no-path"]').waitFor();
    expect(await page.textContent('[data-testid="no-path"]')).toBe(
      'No path from Japan to Embassy of Japan in the United States.',
    );
    await page.screenshot({ path: shot('path-none.png') });
  });

  it('switches the entity colouring and hides the relation types unchecked', async () => {
    await openExplorer();
    const legend = page.locator('[data-testid="entity-legend"]');
    expect(await legend.locator('h2').textContent()).toBe('Entities by community');
    const byCommunity = await graphPixels();

    await page.check('[data-testid="color-kind"]');
    await page.waitForSelector('#graph[data-color-mode="kind"]');
    expect(await legend.locator('h2').textContent()).toBe('Entities by kind');
    const kinds = new Map<string, number>();
    for (const { attributes } of graphJson.nodes) kinds.set(attributes.kind, (kinds.get(attributes.kind) ?? 0) + 1);
    const entries = await legend.locator('li').allTextContents();
    expect(entries.sort()).toEqual(
      [...kinds].map(([kind, count]) => `${kind.charAt(0)}${kind.slice(1).toLowerCase()}${count}`).sort(),
    );
    const byKind = await graphPixels('color-kind.png');
    expect(differingShare(byCommunity, byKind)).toBeGreaterThan(0.002);
    // Kind colours that no community has appear only when colouring by kind.
    const communityColors = new Set(graphJson.nodes.map((n) => n.attributes.color));
    const kindOnly = Object.entries(KIND_COLORS).filter(
      ([kind, color]) => kinds.has(kind) && !communityColors.has(color),
    );
    expect(kindOnly.length).toBeGreaterThan(0);
    for (const [kind, color] of kindOnly) {
      expect(countColor(byCommunity, color, 2), kind).toBeLessThan(5);
      expect(countColor(byKind, color, 2), kind).toBeGreaterThan(20);
    }

    const partners = graphJson.edges.filter((e) => e.attributes.relation === 'PARTNER').length;
    expect(partners).toBeGreaterThan(0);
    expect(countColor(byKind, RELATION_COLORS.PARTNER, 12)).toBeGreaterThan(20);
    await page.uncheck('[data-testid="filter-PARTNER"]');
    expect(await page.textContent('[data-testid="graph-summary"]')).toBe(
      `Showing ${kb.graph.size - partners} of ${kb.graph.size} relations among ${kb.graph.order} entities.`,
    );
    expect(await page.getAttribute('#graph', 'data-visible-relations')).toBe(String(kb.graph.size - partners));
    const filtered = await graphPixels('filter-partner-hidden.png');
    expect(countColor(filtered, RELATION_COLORS.PARTNER, 12)).toBeLessThan(5);

    await page.check('[data-testid="filter-PARTNER"]');
    expect(await page.getAttribute('#graph', 'data-visible-relations')).toBe(String(kb.graph.size));
    expect(countColor(await graphPixels(), RELATION_COLORS.PARTNER, 12)).toBeGreaterThan(20);
  });

  it('says so while the server is still computing the layout (503), and loads the graph when asked again', async () => {
    let asked = 0;
    await page.route('**/export/graph.json', (route) =>
      asked++ === 0
        ? route.fulfill({ status: 503, headers: { 'retry-after': '1' }, contentType: 'application/json', body: '{}' })
        : route.continue(),
    );
    await page.goto(`${server.url}/explore`);
    await page
      .locator('[data-testid="status"]', {
        hasText: 'The server is still laying the graph out and finding its communities; trying again in 1 s…',
      })
      .waitFor();
    await page.waitForSelector('#graph[data-ready="true"]');
    expect(asked).toBe(2);
    expect(await page.textContent('[data-testid="status"]')).toBe(
      `Loaded ${kb.graph.order} entities and ${kb.graph.size} relations.`,
    );
    // Chromium logs the refused load; that one is expected.
    expect(problems).toEqual([expect.stringContaining('503')]);
    problems.length = 0;
  });

  it('shows errors from the API in the status line', async () => {
    await openExplorer();
    await page.route('**/graphql', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          data: null,
          errors: [{ message: 'The query is over its work budget.', extensions: { code: 'QUERY_TOO_COMPLEX' } }],
        }),
      }),
    );
    await searchAndChoose('#search', 'Kishida');
    await page.waitForSelector('[data-testid="status"][data-kind="error"]');
    expect(await page.textContent('[data-testid="status"]')).toBe(
      'Search failed: The query is over its work budget. (QUERY_TOO_COMPLEX)',
    );
    expect(await page.isVisible('[data-testid="status"]')).toBe(true);
  });

  it('shows text from the data as text, never as markup', async () => {
    const data = await loadGraphData(DEFAULT_DATA_DIR);
    const abe = data.entities.find((e) => e.id === 'shinzo-abe');
    const agora = data.entities.find((e) => e.id === 'agora-strategy-institute');
    if (!abe || !agora) throw new Error('the graph has no Shinzo Abe or Agora Strategy Institute');
    abe.description = '<img src=x onerror="window.__injected = 1">Former <b>prime minister</b>';
    abe.aliases.push('<script>window.__injected = 2</script>');
    agora.name = '<i>Agora</i> Strategy Institute';
    for (const relation of data.relations) {
      if (relation.from === 'shinzo-abe' || relation.to === 'shinzo-abe') {
        relation.summary = `<img src=x onerror="window.__injected = 3">${relation.summary}`;
      }
    }
    for (const source of data.sources) source.title = `<b>${source.title}</b>`;
    server.use(createKnowledgeBase(data));
    try {
      await openExplorer();
      await page.fill('#search', 'Agora');
      const option = page.locator('#search-suggestions [role="option"]').first();
      await option.waitFor();
      expect(await option.locator('.suggestion-name').textContent()).toBe('<i>Agora</i> Strategy Institute');
      expect(await page.locator('#search-suggestions i').count()).toBe(0);

      await searchAndChoose('#search', 'Abe');
      await panelHeading('Shinzo Abe');
      expect(await page.textContent('[data-testid="entity-description"]')).toBe(abe.description);
      expect(await page.textContent('[data-testid="entity-aliases"]')).toContain(
        '<script>window.__injected = 2</script>',
      );
      const summaries = await page.locator('#panel .summary').allTextContents();
      expect(summaries.length).toBeGreaterThan(0);
      for (const summary of summaries) expect(summary).toMatch(/^<img src=x onerror="window.__injected = 3">/);
      expect(await page.locator('#panel cite').first().textContent()).toMatch(/^<b>.*<\/b>$/);
      expect(await page.locator('#panel img, #panel script, #panel b, #panel i').count()).toBe(0);
      expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
      await page.screenshot({ path: shot('data-as-text.png') });
    } finally {
      server.use(kb);
    }
  });

  it('shows only what held on the month the date slider is on, with the filters, and all again when off', async () => {
    await openExplorer();
    const { size, order } = kb.graph;
    const slider = page.locator('[data-testid="as-of"]');
    const label = page.locator('[data-testid="as-of-label"]');
    const clear = page.locator('[data-testid="as-of-clear"]');
    const before = await graphPixels();

    // Off at first: every relation, "all dates", nothing to clear.
    expect(await label.textContent()).toBe('all dates');
    expect(await page.getAttribute('#graph', 'data-as-of')).toBe('all');
    expect(await clear.isDisabled()).toBe(true);
    expect(await visibleRelations()).toBe(size);
    expect(await dimmedEntities()).toBe(0);
    expect(await page.getAttribute('label[for="as-of"]', 'for')).toBe(await slider.getAttribute('id'));

    // It runs by month over every year of the data's dates, and the keyboard moves it.
    const range = monthRange(kb.graph.mapEdges((_, attributes) => attributes));
    if (!range) throw new Error('the real graph has no dated relations');
    expect([await slider.getAttribute('min'), await slider.getAttribute('max')]).toEqual([
      String(range.first),
      String(range.last),
    ]);
    expect(monthOf(range.first)).toBe('2012-01');
    await slider.focus();
    await page.keyboard.press('Home');
    expect(await label.textContent()).toBe('2012-01');
    expect(await slider.getAttribute('aria-valuetext')).toBe('January 2012');
    await page.keyboard.press('ArrowRight');
    expect(await label.textContent()).toBe('2012-02');
    expect(await page.getAttribute('#graph', 'data-as-of')).toBe('2012-02');
    expect(await clear.isDisabled()).toBe(false);

    // June 2019: Abe and Trump are allies, and fewer relations hold than in all; as many as the API says.
    await slideTo('2019-06');
    expect(await label.textContent()).toBe('2019-06');
    const held2019 = await heldCount('2019-06');
    expect(held2019).toBeLessThan(size);
    expect(await visibleRelations()).toBe(held2019);
    expect(await summaryText()).toBe(
      `Showing ${held2019} of ${size} relations among ${order} entities, as of 2019-06.`,
    );
    // Entities left with no relation shown are dimmed, not removed.
    const stranded = kb.graph.filterNodes(
      (node) => kb.graph.degree(node) > 0 && !kb.graph.someEdge(node, (_, a) => heldAsOf(a, '2019-06')),
    );
    expect(stranded).toContain('us-japan-summit-2024');
    expect(await dimmedEntities()).toBe(stranded.length);
    const in2019 = await graphPixels('date-slider-graph.png');
    expect(countColor(before, DIMMED_NODE_COLOR, 2)).toBeLessThan(20);
    expect(countColor(in2019, DIMMED_NODE_COLOR, 2)).toBeGreaterThan(50);
    await page.screenshot({ path: shot('date-slider.png') });

    // The relation-type filters still apply: a relation shows when its type is checked and it held.
    await page.uncheck('[data-testid="filter-PARTNER"]');
    const partners2019 = await heldCount('2019-06', ['PARTNER']);
    expect(partners2019).toBeGreaterThan(0);
    expect(await visibleRelations()).toBe(held2019 - partners2019);
    await page.check('[data-testid="filter-PARTNER"]');

    // Abe's panel: his alliance with Trump held in June 2019 and is drawn, in the ALLY colour.
    await searchAndChoose('#search', 'Shinzo Abe');
    await panelHeading('Shinzo Abe');
    const allyItem = page.locator('#panel [data-relation-id="shinzo-abe-ally-donald-trump"]');
    await page.waitForSelector('#panel [data-relation-id="shinzo-abe-ally-donald-trump"][data-held="true"]');
    expect(await page.textContent('[data-testid="relations-heading"]')).toBe('2 relations, 2 as of 2019-06');
    const abe2019 = await graphPixels();
    expect(countColor(abe2019, RELATION_COLORS.ALLY, 12)).toBeGreaterThan(20);

    // June 2024: it had ended (2020-09), so it is gone from the graph and greyed in the panel.
    await slideTo('2024-06');
    const held2024 = await heldCount('2024-06');
    expect(held2024).toBeLessThan(size);
    expect(await visibleRelations()).toBe(held2024);
    expect(await summaryText()).toBe(
      `Showing ${held2024} of ${size} relations among ${order} entities, as of 2024-06.`,
    );
    expect(await allyItem.getAttribute('data-held')).toBe('false');
    const confidence = kb.graph.getEdgeAttribute('shinzo-abe-ally-donald-trump', 'confidence');
    expect(await allyItem.locator('.meta').textContent()).toBe(
      `confidence ${confidence} · 2017-01 to 2020-09 · not as of 2024-06`,
    );
    expect(await page.textContent('[data-testid="relations-heading"]')).toBe('2 relations, 0 as of 2024-06');
    const abe2024 = await graphPixels();
    expect(countColor(abe2024, RELATION_COLORS.ALLY, 12)).toBeLessThan(5);
    await page.screenshot({ path: shot('date-slider-panel.png') });

    // Off again: every relation, no marks, nothing dimmed for want of relations.
    await clear.click();
    await page.waitForSelector('#graph[data-as-of="all"]');
    expect(await label.textContent()).toBe('all dates');
    expect(await clear.isDisabled()).toBe(true);
    expect(await slider.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await visibleRelations()).toBe(size);
    expect(await allyItem.getAttribute('data-held')).toBeNull();
    expect(await allyItem.locator('.not-held').count()).toBe(0);
    expect(await page.textContent('[data-testid="relations-heading"]')).toBe('2 relations');
    expect(countColor(await graphPixels(), RELATION_COLORS.ALLY, 12)).toBeGreaterThan(20);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#graph[data-dimmed-entities="0"]');
    expect(await summaryText()).toBe(`Showing ${size} of ${size} relations among ${order} entities.`);
  });

  it('walks only the relations that held on the slider’s month in path mode', async () => {
    await openExplorer();
    const types = new Set(graphJson.edges.map((e) => e.attributes.relation));
    for (const type of types) {
      if (type !== 'ALLY' && type !== 'LEADS') await page.uncheck(`[data-testid="filter-${type}"]`);
    }
    await slideTo('2024-06');
    await page.click('[data-testid="path-toggle"]');
    await searchAndChoose('#path-from', 'Shinzo Abe');
    await searchAndChoose('#path-to', 'Donald Trump');
    await page.locator('[data-testid="no-path"]').waitFor();
    expect(await page.textContent('[data-testid="no-path"]')).toBe('No path from Shinzo Abe to Donald Trump.');
    expect(await page.textContent('#panel .hint')).toBe(
      'Walking only the relation types shown, and only relations that held as of 2024-06.',
    );
    expect(await page.textContent('[data-testid="status"]')).toBe(
      'No path from Shinzo Abe to Donald Trump as of 2024-06.',
    );

    // Back to June 2019, the path is asked for again: one hop, their alliance, lit up.
    await slideTo('2019-06');
    await page.locator('[data-testid="path-summary"]', { hasText: 'Shinzo Abe to Donald Trump in 1 hop' }).waitFor();
    const hops = await page
      .locator('[data-testid="path-hops"] > li')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.relationId));
    expect(hops).toEqual(['shinzo-abe-ally-donald-trump']);
    const pixels = await graphPixels('date-slider-path.png');
    expect(countColor(pixels, RELATION_COLORS.ALLY, 12)).toBeGreaterThan(20);
  });
});
