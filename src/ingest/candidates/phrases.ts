// Names built from a phrase around a known name: "the Biden administration", "the coalition to support
// Ukraine", "the Indo-Pacific region", "the ruling party", "Japanese companies", "X's purchase of Y".
import { isCommonWord } from '../document.ts';
import { DEAL_NOUNS, EVALUATIVE } from '../lexicon.ts';
import { hasTag, isCapitalised, isJoiner } from '../tokens.ts';
import { type Candidate, isClosedWord, type Scan, sentenceAt, surface } from './scan.ts';

/** "the Biden administration": a person's administration or government. */
export function administrations(scan: Scan): Candidate[] {
  const { doc } = scan;
  const { tokens } = doc;
  const found: Candidate[] = [];
  for (let h = 1; h < tokens.length; h++) {
    const t = tokens[h];
    const owner = tokens[h - 1];
    if (!t || !owner || !['administration', 'government'].includes(t.norm) || t.shape !== 'lower') continue;
    if (!isCapitalised(owner) || isClosedWord(owner) || isCommonWord(owner.norm)) continue;
    const base = scan.baseAt[h - 1];
    if (base && scan.kindOf(base.entityId) !== 'PERSON') continue;
    if (isJoiner(tokens, h - 2)) continue; // "Biden-Kishida administrations" names two
    if (!base) {
      found.push({
        name: owner.text,
        kind: 'PERSON',
        aliases: [],
        first: h - 1,
        last: h - 1,
        reason: `the “${t.text}” named after them`,
      });
    }
    found.push({
      name: surface(doc, h - 1, h),
      kind: 'ORGANIZATION',
      aliases: [],
      first: h - 1,
      last: h,
      reason: `a leader's “${t.text}”`,
    });
  }
  return found;
}

/** "the coalition to support Ukraine", "a coalition against ISIS". */
export function coalitions(scan: Scan): Candidate[] {
  const { doc } = scan;
  const { tokens } = doc;
  const found: Candidate[] = [];
  for (let h = 0; h < tokens.length; h++) {
    const t = tokens[h];
    if (t?.norm !== 'coalition' || t.shape !== 'lower') continue;
    const next = tokens[h + 1];
    const start =
      next?.norm === 'to' && hasTag(tokens[h + 2], 'Verb')
        ? h + 3
        : ['of', 'against', 'for'].includes(next?.norm ?? '')
          ? h + 2
          : -1;
    if (start < 0) continue;
    for (let k = start; k <= start + 4; k++) {
      const base = scan.baseAt[k];
      if (base) {
        found.push({
          name: surface(doc, h, base.last),
          kind: 'GROUPING',
          aliases: [],
          first: h,
          last: base.last,
          reason: 'a coalition named by its purpose',
        });
        break;
      }
      if (tokens[k]?.type === 'punct') break;
    }
  }
  return found;
}

/** "the Indo-Pacific region", "the ruling party". */
export function regionsAndParties(scan: Scan): Candidate[] {
  const { doc } = scan;
  const { tokens } = doc;
  const found: Candidate[] = [];
  for (let h = 1; h < tokens.length; h++) {
    const t = tokens[h];
    if (t?.shape !== 'lower') continue;
    if (t.norm === 'region' && isCapitalised(tokens[h - 1]) && !scan.baseAt[h - 1]) {
      let first = h - 1;
      while (isJoiner(tokens, first - 1) || (isCapitalised(tokens[first - 1]) && !isClosedWord(tokens[first - 1])))
        first--;
      if (sentenceAt(doc, first)?.first === first && !hasTag(tokens[first], 'ProperNoun')) first++;
      if (first >= h) continue;
      const name = surface(doc, first, h - 1);
      found.push({ name, kind: 'REGION', aliases: [`${name} region`], first, last: h, reason: 'the word “region”' });
    }
    if (['party', 'coalition'].includes(t.norm)) {
      const before = isJoiner(tokens, h - 1) ? h - 2 : h - 1;
      if (['ruling', 'governing', 'opposition'].includes(tokens[before]?.norm ?? '')) {
        found.push({
          name: `${tokens[before]?.norm} ${t.norm}`,
          kind: 'ORGANIZATION',
          aliases: [surface(doc, before, h)],
          first: before,
          last: h,
          reason: `“${tokens[before]?.norm} ${t.norm}”`,
        });
      }
    }
  }
  return found;
}

/** "Japanese companies", "Japan's business sector": a country's business sector as one actor. */
export function businessSectors(scan: Scan): Candidate[] {
  const { doc, countryOf } = scan;
  const { tokens } = doc;
  const found: Candidate[] = [];
  const HEADS = new Set(['businesses', 'companies', 'firms', 'industry', 'business']);
  for (let i = 0; i < tokens.length; i++) {
    const base = scan.baseAt[i];
    if (!base || base.first !== i) continue;
    const country = countryOf(base.entityId);
    const demonym = country?.demonyms[0];
    if (!country || !demonym) continue;
    let k = base.last + 1;
    if (tokens[k]?.type === 'possessive') {
      if (base.via === 'demonym') continue;
      k++;
    } else if (base.via !== 'demonym') continue;
    const a = tokens[k];
    const b = tokens[k + 1];
    let last = -1;
    if (a?.norm === 'business' && ['sector', 'community'].includes(b?.norm ?? '')) last = k + 1;
    else if (a && HEADS.has(a.norm) && a.norm !== 'business' && tokens[k - 1]?.type !== 'possessive') last = k;
    if (last < 0) continue;
    found.push({
      name: `${demonym} business sector`,
      kind: 'ORGANIZATION',
      aliases: [surface(doc, i, last)],
      first: i,
      last,
      reason: "a country's businesses taken together",
    });
  }
  return found;
}

/** "Nippon Steel's proposed purchase of US Steel": a takeover between two named parties. */
export function deals(scan: Scan, before: readonly Candidate[]): Candidate[] {
  const { doc } = scan;
  const { tokens } = doc;
  const spans = [...before, ...scan.mentions];
  const byFirst = new Map<number, { first: number; last: number }>();
  for (const s of spans) if ((byFirst.get(s.first)?.last ?? -1) < s.last) byFirst.set(s.first, s);
  const found: Candidate[] = [];
  for (const a of spans) {
    let k = a.last + 1;
    if (tokens[k]?.type !== 'possessive') continue;
    k++;
    while (tokens[k]?.type === 'word' && (EVALUATIVE.has(tokens[k]?.norm ?? '') || hasTag(tokens[k], 'Adjective'))) k++;
    if (!DEAL_NOUNS.has(tokens[k]?.norm ?? '') || tokens[k + 1]?.norm !== 'of') continue;
    const b = byFirst.get(tokens[k + 2]?.norm === 'the' ? k + 3 : k + 2);
    if (!b) continue;
    found.push({
      name: surface(doc, a.first, b.last),
      kind: 'EVENT',
      aliases: [],
      first: a.first,
      last: b.last,
      reason: `the deal noun “${tokens[k]?.text}”`,
    });
  }
  return found;
}

/** Common nouns of a state's institutions: "Israel's security cabinet", "the Lebanese health ministry". */
const INSTITUTIONS = new Set(['ministry', 'cabinet', 'parliament', 'legislature', 'bank', 'court', 'judiciary']);

/** "Lebanon's health ministry", "Israel's security cabinet", "the Chinese foreign ministry": a state's institution. */
export function institutions(scan: Scan): Candidate[] {
  const { doc } = scan;
  const { tokens } = doc;
  const found: Candidate[] = [];
  for (const m of scan.mentions) {
    if (!scan.countryOf(m.entityId)) continue;
    let k = m.last + 1;
    if (m.via === 'demonym') {
      if (tokens[m.first - 1]?.norm !== 'the') continue;
    } else if (tokens[k]?.type === 'possessive') k++;
    else continue;
    const from = k;
    while (k < from + 3 && tokens[k]?.shape === 'lower' && !INSTITUTIONS.has(tokens[k]?.norm ?? '')) {
      const t = tokens[k];
      if (isClosedWord(t) || EVALUATIVE.has(t?.norm ?? '') || !hasTag(t, 'Noun', 'Adjective')) break;
      k++;
    }
    const head = tokens[k];
    if (head?.shape !== 'lower' || !INSTITUTIONS.has(head.norm) || tokens[k + 1]?.type === 'possessive') continue;
    const next = tokens[k + 1];
    if (next?.type === 'word' && next.shape === 'lower' && hasTag(next, 'Noun') && !hasTag(next, 'Verb')) continue;
    // "Japan's parliament, the Diet,": its own name in apposition.
    const own = tokens[k + 1]?.text === ',' && tokens[k + 2]?.norm === 'the' ? tokens[k + 3] : undefined;
    const named = own?.shape === 'title' && !scan.baseAt[k + 3] && [',', '.'].includes(tokens[k + 4]?.text ?? '');
    found.push({
      name: surface(doc, m.first, k),
      kind: 'ORGANIZATION',
      aliases: named && own ? [own.text] : [],
      first: m.first,
      last: k,
      reason: `a state's “${head.text}”`,
    });
  }
  return found;
}
