// Organisations known only by an acronym the text does not spell out: "the PLA said", "TSMC's plants". An
// acronym that spells a name already found is that name's alias instead ("the Democratic Progressive Party
// ... the DPP").
import { hasTag, isJoiner, type Token } from '../tokens.ts';
import { type Candidate, isNameWord, type Scan, sentenceAt, surface } from './scan.ts';

/** Acronyms of measures, currencies, things and titles, which name no actor. */
const NOT_ACTORS = new Set(
  `GDP GNP GNI FDI PPP VAT IPO ESG USD EUR GBP JPY RMB CNY LNG LPG CO AI EV EVS CEO CFO CTO COO IT PR TV OK AM PM BC
  AD AIDS HIV COVID SARS WMD ICBM ICBMS SLBM UAV UAVS SAM SAMS NGO NGOS MP MPS PHD MBA DNA GPS CCTV SMS ID VIP HQ
  DIY FAQ PDF URL ASAP RSVP EEZ LAC DMZ NB PS KM MW GW BPD`
    .trim()
    .split(/\s+/),
);

function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** Whether the acronym at i acts: it owns something, does something, or does it by itself ("by the PLA"). */
function acts(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next?.type === 'possessive') return true;
  // A finite verb after it ("the PLA launched", "TSMC says"), not a noun's modifier ("NASAMS air defence").
  const finite =
    hasTag(next, 'PastTense', 'Modal', 'Copula', 'Auxiliary') ||
    (hasTag(next, 'PresentTense') && !hasTag(next, 'Infinitive'));
  if (next?.type === 'word' && next.shape === 'lower' && finite && !hasTag(next, 'Noun')) return true;
  return tokens[i - 1]?.norm === 'by' || (tokens[i - 2]?.norm === 'by' && tokens[i - 1]?.norm === 'the');
}

/** "the PLA", "TSMC": an acronym that acts, and that no name spells out. */
export function acronyms(scan: Scan, before: readonly Candidate[]): Candidate[] {
  const { doc } = scan;
  const { tokens } = doc;
  const found: Candidate[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t?.shape !== 'upper' || !/^\p{Lu}{2,6}$/u.test(t.text) || scan.baseAt[i] || scan.consumed[i]) continue;
    if (NOT_ACTORS.has(t.text) || sentenceAt(doc, i)?.shouting || isJoiner(tokens, i - 1) || isJoiner(tokens, i + 1))
      continue;
    if (isNameWord(scan, i - 1) || isNameWord(scan, i + 1) || before.some((c) => c.first <= i && i <= c.last)) continue;
    const spelled = before.find((c) => c.kind !== 'PERSON' && initialsOf(c.name) === t.text);
    if (spelled) {
      if (!spelled.aliases.includes(t.text)) spelled.aliases.push(t.text);
      continue;
    }
    // "Papua New Guinea ... PNG": a name the gazetteer knows, found in the text.
    const known = scan.mentions.find((m) => m.via === 'name' && initialsOf(surface(doc, m.first, m.last)) === t.text);
    if (known) {
      const name = surface(doc, known.first, known.last);
      const kind = scan.kindOf(known.entityId) ?? 'ORGANIZATION';
      found.push({ name, kind, aliases: [t.text], first: i, last: i, reason: 'the acronym of a name in the text' });
      continue;
    }
    if (seen.has(t.text) || !acts(tokens, i)) continue;
    seen.add(t.text);
    found.push({ name: t.text, kind: 'ORGANIZATION', aliases: [], first: i, last: i, reason: 'an acronym that acts' });
  }
  return found;
}
