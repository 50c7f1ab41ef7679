// Before readability looks for the article: drop what no reader sees, and the advertisements set inside the article.

/** Elements no reader sees as text. Readability drops most of them too, so dropping them first only saves it time. */
const UNSEEN = new Set(['style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas']);

/**
 * A class or id that marks an advertisement: `ad`, `ads`, `advert`, `ad-slot`, `top-ad`, `adsbygoogle`,
 * `sponsored`. Readability drops ads beside an article but keeps those inside it when they hold text.
 */
const AD_NAME = /^(ads?|adverts?|advertisements?|ad[-_][\w-]+|[\w-]+[-_]ads?|adsbygoogle|sponsored(?:[-_][\w-]+)?)$/i;

/** An advertisement holds a line or two; an element with more text is kept, whatever its class says. */
const AD_MAX_CHARS = 300;

/** Containers of the article itself, never taken for an ad (a `<body class="no-ads">` says the opposite). */
const NEVER_ADS = new Set(['html', 'body', 'main', 'article']);

/** A script, but JSON-LD, which readability reads for metadata. */
function isScript(element: Element): boolean {
  return element.localName === 'script' && element.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json';
}

function isAd(element: Element): boolean {
  if (NEVER_ADS.has(element.localName)) return false;
  const names = [...(element.getAttribute('class')?.split(/\s+/) ?? []), element.id];
  if (!names.some((name) => AD_NAME.test(name))) return false;
  return (element.textContent ?? '').trim().length <= AD_MAX_CHARS;
}

/**
 * Every element under `root`, in document order, in a plain array. Iterating jsdom's live
 * HTMLCollection (`Array.from(getElementsByTagName(...))`) looks up named properties on every
 * index and takes minutes on a large page.
 */
export function elementsUnder(root: Element): Element[] {
  const found: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    found.push(element);
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return found;
}

/**
 * Removes from `document` what is not article text: style sheets, noscript fallbacks, drawings,
 * embedded frames, scripts (but JSON-LD, which readability reads for metadata) and advertisements.
 */
export function dropBoilerplate(document: Document): void {
  const dropped = new Set<Element>();
  const tops: Element[] = [];
  for (const element of elementsUnder(document.documentElement)) {
    const parent = element.parentElement;
    if (parent && dropped.has(parent)) dropped.add(element);
    else if (UNSEEN.has(element.localName) || isScript(element) || isAd(element)) {
      dropped.add(element);
      tops.push(element);
    }
  }
  for (const element of tops) element.remove();
}
