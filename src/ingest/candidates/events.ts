// Events named by a phrase around the places and states they concern: "the war in Gaza" (the Gaza war),
// "Russia's full-scale invasion of Ukraine", "the Saudi-led coalition", "the first trilateral summit of the
// United States, Japan and the Philippines".
import type { Mention } from '../mentions.ts';
import { hasTag, isJoiner, type Token } from '../tokens.ts';
import { type Candidate, PLACE_KINDS, type Scan, sentenceAt, surface } from './scan.ts';

/** Nouns of conflict that a place names: "the war in Gaza", "the clash in the Galwan Valley". */
const CONFLICT_NOUNS = new Set(['war', 'conflict', 'clash', 'clashes', 'crisis', 'coup', 'insurgency', 'uprising']);
/** Nouns of one state's action against another: "Russia's invasion of Ukraine". */
const INVASION_NOUNS = new Set(['invasion', 'annexation', 'occupation']);
/** Nouns of a grouping one state leads: "the Saudi-led coalition". */
const LED_NOUNS = new Set(['coalition', 'alliance', 'bloc']);
const MEETING_NOUNS = new Set(['summit', 'meeting', 'talks']);

/** The place named at token i: a known country or region, or a region an earlier finder proposed. */
function placeAt(scan: Scan, before: readonly Candidate[], i: number): { first: number; last: number } | undefined {
  const base = scan.baseAt[i];
  if (base?.first === i && PLACE_KINDS.has(scan.kindOf(base.entityId) ?? 'EVENT') && base.via !== 'demonym')
    return base;
  return before.find((c) => c.first === i && c.kind === 'REGION');
}

/** "the war in Gaza": the Gaza war, also named as written. */
export function conflictsIn(scan: Scan, before: readonly Candidate[]): Candidate[] {
  const { doc } = scan;
  const { tokens } = doc;
  const found: Candidate[] = [];
  for (let h = 1; h < tokens.length; h++) {
    const t = tokens[h];
    if (t?.shape !== 'lower' || !CONFLICT_NOUNS.has(t.norm) || tokens[h - 1]?.norm !== 'the') continue;
    if (tokens[h + 1]?.norm !== 'in') continue;
    const at = tokens[h + 2]?.norm === 'the' ? h + 3 : h + 2;
    const place = placeAt(scan, before, at);
    if (!place) continue;
    // The phrase names the event and hides the place in it: only for a place the text names again, outside it
    // and outside other names ("the war in Tigray" and the "Tigray People's Liberation Front" leave none).
    const placeName = surface(doc, at, place.last);
    const elsewhere = tokens.some(
      (_, k) =>
        (k < h || k > place.last) &&
        surface(doc, k, k + place.last - at) === placeName &&
        !before.some((c) => c.first <= k && k <= c.last && (c.first < k || c.last > k + place.last - at)),
    );
    if (!elsewhere) continue;
    found.push({
      name: `${placeName} ${t.text}`,
      kind: 'EVENT',
      aliases: [surface(doc, h, place.last)],
      first: h,
      last: place.last,
      reason: `the “${t.text}” in a place`,
    });
  }
  return found;
}

/** The country a possessive names before token i ("Russia's", "its" for the last country before it). */
function ownerBefore(scan: Scan, i: number): Mention | undefined {
  const { tokens } = scan.doc;
  const isCountry = (m: Mention | undefined) => m !== undefined && scan.countryOf(m.entityId) !== undefined;
  if (tokens[i]?.type === 'possessive') {
    const m = scan.baseAt[i - 1];
    return isCountry(m) ? m : undefined;
  }
  if (tokens[i]?.norm !== 'its') return undefined;
  const floor = sentenceAt(scan.doc, i)?.first ?? 0;
  for (let k = i - 1; k >= floor; k--) if (isCountry(scan.baseAt[k])) return scan.baseAt[k];
  return undefined;
}

/** A lower-case adjective or a word of a hyphenated compound ("full-scale"). */
function isModifier(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t?.shape === 'lower' && (hasTag(t, 'Adjective') || isJoiner(tokens, k - 1) || isJoiner(tokens, k + 1));
}

/** "Russia's full-scale invasion of Ukraine", "its invasion of Ukraine": the Russian invasion of Ukraine. */
export function invasions(scan: Scan): Candidate[] {
  const { doc } = scan;
  const { tokens } = doc;
  const found: Candidate[] = [];
  for (let h = 1; h < tokens.length; h++) {
    const t = tokens[h];
    if (t?.shape !== 'lower' || !INVASION_NOUNS.has(t.norm) || tokens[h + 1]?.norm !== 'of') continue;
    const target = scan.baseAt[h + 2];
    if (!target || target.first !== h + 2 || !scan.countryOf(target.entityId)) continue;
    let k = h - 1;
    while (k > 0 && (isJoiner(tokens, k) || isModifier(tokens, k))) k--;
    const owner = ownerBefore(scan, k);
    const demonym = owner && scan.countryOf(owner.entityId)?.demonyms[0];
    if (!owner || !demonym || owner.entityId === target.entityId) continue;
    // Named as written without the states, whose own names stay free: "full-scale invasion".
    found.push({
      name: `${demonym} ${t.text} of ${surface(doc, target.first, target.last)}`,
      kind: 'EVENT',
      aliases: [surface(doc, k + 1, h)],
      first: k + 1,
      last: h,
      reason: `the “${t.text}” of one state by another`,
    });
  }
  return found;
}

/** "the Saudi-led coalition", "a US-led alliance": a grouping one state leads. */
export function ledGroupings(scan: Scan): Candidate[] {
  const { doc } = scan;
  const { tokens } = doc;
  const found: Candidate[] = [];
  for (let h = 3; h < tokens.length; h++) {
    const t = tokens[h];
    if (t?.shape !== 'lower' || !LED_NOUNS.has(t.norm) || tokens[h - 1]?.norm !== 'led') continue;
    if (!isJoiner(tokens, h - 2)) continue;
    const leader = scan.baseAt[h - 3];
    if (!leader || leader.last !== h - 3 || !scan.countryOf(leader.entityId)) continue;
    found.push({
      name: surface(doc, leader.first, h),
      kind: 'GROUPING',
      aliases: [],
      first: leader.first,
      last: h,
      reason: 'a grouping a state leads',
    });
  }
  return found;
}

/** The countries listed from token i ("the United States, Japan and the Philippines"), and where the list ends. */
function countryList(scan: Scan, i: number): { names: string[]; last: number } {
  const { tokens } = scan.doc;
  const names: string[] = [];
  let k = i;
  let last = -1;
  for (;;) {
    if (tokens[k]?.norm === 'the') k++;
    const m: Mention | undefined = scan.baseAt[k];
    if (!m || m.first !== k || !scan.countryOf(m.entityId) || m.via === 'demonym') break;
    names.push(surface(scan.doc, m.first, m.last));
    last = m.last;
    const sep: Token | undefined = tokens[m.last + 1];
    if (sep?.text !== ',' && sep?.norm !== 'and') break;
    k = m.last + 2;
  }
  return { names, last };
}

/** "the first trilateral summit of the United States, Japan and the Philippines". */
export function summitsOfStates(scan: Scan): Candidate[] {
  const { doc } = scan;
  const { tokens } = doc;
  const found: Candidate[] = [];
  for (let h = 1; h < tokens.length; h++) {
    const t = tokens[h];
    if (t?.shape !== 'lower' || !MEETING_NOUNS.has(t.norm)) continue;
    if (!['of', 'between'].includes(tokens[h + 1]?.norm ?? '')) continue;
    let k = h - 1;
    while (
      tokens[k]?.shape === 'lower' &&
      hasTag(tokens[k], 'Adjective') &&
      !['first', 'last'].includes(tokens[k]?.norm ?? '')
    )
      k--;
    if (k === h - 1) continue; // "a summit of ..." names nothing; "the trilateral summit of ..." does
    let det = k;
    while (['first', 'second', 'third', 'last', 'latest', 'next'].includes(tokens[det]?.norm ?? '')) det--;
    if (tokens[det]?.norm !== 'the') continue;
    const { names, last } = countryList(scan, h + 2);
    if (names.length < 2) continue;
    const kind = surface(doc, k + 1, h);
    found.push({
      name: `${names.join('-')} ${kind}`,
      kind: 'EVENT',
      aliases: [kind],
      first: k + 1,
      last,
      reason: `the “${t.text}” of the states it names`,
    });
  }
  return found;
}
