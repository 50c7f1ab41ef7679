// Proposes the entities an article names that are not known yet, each with a guessed kind: countries and
// groupings from the gazetteer, people by their titles and names, organisations, companies, policies, events
// and regions by the head word of their names ("... Institute", "... Steel", "... Strategy", "... summit").
import { normalizeName } from '../data/names.ts';
import type { Entity, EntityKind } from '../model.ts';
import { type Doc, isCommonWord } from './document.ts';
import { type GazetteerEntry, gazetteer } from './gazetteer.ts';
import {
  AUXILIARIES,
  CLASSIFIER_SUFFIX,
  CLASSIFIERS,
  COMMON_HEADS,
  CONJUNCTIONS,
  DEAL_NOUNS,
  DETERMINERS,
  EVALUATIVE,
  JOINT_HEADS,
  MONTHS,
  NAME_HEADS,
  PERSON_TITLES,
  PREPOSITIONS,
  PRONOUNS,
  RELATIVES,
  ROLE_NOUNS,
  STATE_ACTOR_NOUNS,
  SUBORDINATORS,
  WEEKDAYS,
} from './lexicon.ts';
import { type AliasTable, addAlias, createAliasTable, findMentions, lookupAlias, type Mention } from './mentions.ts';
import type { Sentence } from './sentences.ts';
import { slugify, uniqueSlug } from './slug.ts';
import { hasTag, isCapitalised, isJoiner, type Token, tokenize } from './tokens.ts';

/** A stretch of text that looks like the name of an entity of some kind. */
interface Candidate {
  name: string;
  kind: EntityKind;
  aliases: string[];
  first: number;
  last: number;
  reason: string;
}

interface Scan {
  doc: Doc;
  /** The known or gazetteer entity named at each token, if any. */
  baseAt: (Mention | undefined)[];
  kindOf: (entityId: string) => EntityKind | undefined;
  /** Tokens already taken by a person's title and name. */
  consumed: boolean[];
}

const CONNECTORS = new Set(['of', 'on', 'for', 'and', '&', 'de', 'du', 'des', 'del', 'la', 'le', 'von', 'van', 'al']);
const TITLE_KEYS = PERSON_TITLES.map((t) => t.split(/[\s-]+/));
const PLACE_KINDS = new Set<EntityKind>(['COUNTRY', 'REGION']);

/** A function word; "US" in capitals is a name, not the pronoun. */
function isClosedWord(token: Token | undefined): boolean {
  return token !== undefined && token.shape !== 'upper' && isClosedClass(token.norm);
}

function isClosedClass(norm: string): boolean {
  return [DETERMINERS, PRONOUNS, PREPOSITIONS, CONJUNCTIONS, SUBORDINATORS, AUXILIARIES, RELATIVES].some((set) =>
    set.has(norm),
  );
}

/** The text of tokens first..last as written, without quotation marks, with spaces folded. */
function surface(doc: Doc, first: number, last: number): string {
  const a = doc.tokens[first];
  const b = doc.tokens[last];
  if (!a || !b) return '';
  return doc.text.slice(a.start, b.end).replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim();
}

function sentenceAt(doc: Doc, i: number): Sentence | undefined {
  return doc.sentences[doc.sentenceOf[i] ?? -1];
}

/** The last index of a hyphenated compound starting at i ("Elli-Katharina", "Indo-Pacific"). */
function compoundEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  while (isJoiner(tokens, j + 1) && tokens[j + 2] && tokens[j + 2]?.type !== 'punct') j += 2;
  return j;
}

function isYear(token: Token | undefined): boolean {
  return token?.type === 'number' && /^(?:1[89]|20)\d\d$/.test(token.text);
}

/** A capitalised word that can be part of a name here (not "The" or "However" opening a sentence). */
function isNameWord(scan: Scan, i: number): boolean {
  const { tokens } = scan.doc;
  const t = tokens[i];
  if (!t || !isCapitalised(t) || scan.consumed[i] || isClosedWord(t)) return false;
  const sentence = sentenceAt(scan.doc, i);
  if (sentence?.shouting) return false;
  const opensSentence = sentence?.first === i || (tokens[i - 1]?.type === 'punct' && sentence?.first === i - 1);
  if (opensSentence) {
    if (scan.baseAt[i] || NAME_HEADS.has(t.norm)) return true;
    return hasTag(t, 'ProperNoun', 'Person', 'Place', 'Organization') && !hasTag(t, 'Adverb', 'Conjunction', 'Verb');
  }
  return true;
}

function titleAt(tokens: readonly Token[], i: number): number {
  let best = -1;
  for (const key of TITLE_KEYS) {
    let pos = i;
    let ok = true;
    for (let k = 0; k < key.length; k++) {
      if (k > 0) while (isJoiner(tokens, pos)) pos++;
      const t = tokens[pos];
      if (!t || t.norm !== key[k] || (k === 0 && !isCapitalised(t))) {
        ok = false;
        break;
      }
      pos++;
    }
    if (ok && pos - 1 > best) best = pos - 1;
  }
  return best;
}

/** The name words after a title or role noun: up to three capitalised words, none naming a place. */
function personNameAfter(scan: Scan, from: number): number {
  const { tokens } = scan.doc;
  let last = -1;
  let words = 0;
  let i = from;
  while (words < 3 && isCapitalised(tokens[i]) && !isClosedWord(tokens[i])) {
    const base = scan.baseAt[i];
    if (base && scan.kindOf(base.entityId) !== 'PERSON') break;
    if (titleAt(tokens, i) >= 0 || NAME_HEADS.has(tokens[i]?.norm ?? '') || MONTHS.has(tokens[i]?.norm ?? '')) break;
    last = compoundEnd(tokens, i);
    words++;
    i = last + 1;
  }
  return last;
}

/** "President Biden", "the late Prime Minister Abe", "Dr Elli-Katharina Pohlkamp". */
function titledPersons(scan: Scan): Candidate[] {
  const { doc } = scan;
  const found: Candidate[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    if (sentenceAt(doc, i)?.shouting) continue;
    const titleLast = titleAt(doc.tokens, i);
    if (titleLast < 0) continue;
    let nameFirst = titleLast + 1;
    if (doc.tokens[nameFirst]?.text === '.' && doc.tokens[nameFirst]?.attached) nameFirst++;
    const nameLast = personNameAfter(scan, nameFirst);
    if (nameLast < 0) continue;
    if (scan.baseAt[nameFirst]) continue; // a person already known
    for (let k = i; k <= nameLast; k++) scan.consumed[k] = true;
    found.push({
      name: surface(doc, nameFirst, nameLast),
      kind: 'PERSON',
      aliases: [surface(doc, i, nameLast)],
      first: nameFirst,
      last: nameLast,
      reason: `the title “${surface(doc, i, titleLast)}”`,
    });
    i = nameLast;
  }
  return found;
}

/** "senior ruling-party figure Taro Aso": a role noun right before a name. */
function rolePersons(scan: Scan): Candidate[] {
  const { doc } = scan;
  const found: Candidate[] = [];
  for (let i = 0; i < doc.tokens.length - 1; i++) {
    const t = doc.tokens[i];
    if (t?.shape !== 'lower' || !ROLE_NOUNS.has(t.norm) || scan.consumed[i + 1]) continue;
    const last = personNameAfter(scan, i + 1);
    if (last < 0 || last === compoundEnd(doc.tokens, i + 1) || scan.baseAt[i + 1]) continue; // two words at least
    if (NAME_HEADS.has(doc.tokens[last + 1]?.norm ?? '')) continue;
    for (let k = i + 1; k <= last; k++) scan.consumed[k] = true;
    found.push({
      name: surface(doc, i + 1, last),
      kind: 'PERSON',
      aliases: [],
      first: i + 1,
      last,
      reason: `the role noun “${t.text}” before it`,
    });
  }
  return found;
}

function initials(tokens: readonly Token[], first: number, last: number, withConnectors: boolean): string {
  let out = '';
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    if (t?.type !== 'word' || isJoiner(tokens, i)) continue;
    if (!isCapitalised(t) && !(withConnectors && CONNECTORS.has(t.norm))) continue;
    out += t.text[0]?.toUpperCase() ?? '';
  }
  return out;
}

function isAcronymOf(tokens: readonly Token[], acronym: Token | undefined, first: number, last: number): boolean {
  if (acronym?.shape !== 'upper' || acronym.text.length < 2) return false;
  const text = acronym.text.replace(/\./g, '');
  return text === initials(tokens, first, last, false) || text === initials(tokens, first, last, true);
}

/** The date after an event's name ("on 10 April", "in November 2023"): its last token, or -1. */
function dateAfter(tokens: readonly Token[], i: number): number {
  if (!['on', 'in'].includes(tokens[i]?.norm ?? '')) return -1;
  const a = tokens[i + 1];
  const b = tokens[i + 2];
  const c = tokens[i + 3];
  const isMonth = (t: Token | undefined) => t?.type === 'word' && MONTHS.has(t.norm) && isCapitalised(t);
  if (a?.type === 'number' && isMonth(b)) return isYear(c) ? i + 3 : i + 2;
  if (isMonth(a) && (b?.type === 'number' || isYear(b))) return i + 2;
  return -1;
}

/** Capitalised names: by their head word a kind ("Agora Strategy Institute"); two or three unknown words a person. */
function capitalisedNames(scan: Scan): Candidate[] {
  const { doc } = scan;
  const { tokens } = doc;
  const found: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(scan, i)) {
      i++;
      continue;
    }
    let j = compoundEnd(tokens, i);
    for (;;) {
      if (isNameWord(scan, j + 1)) j = compoundEnd(tokens, j + 1);
      else if (isYear(tokens[j + 1]) && !tokens[j + 1]?.lineBreakBefore) j++;
      else if (
        CONNECTORS.has(tokens[j + 1]?.norm ?? '') &&
        tokens[j + 1]?.shape === 'lower' &&
        isNameWord(scan, j + 2) &&
        // "Congress on April 3", "the summit in May": a date is not part of a name.
        !MONTHS.has(tokens[j + 2]?.norm ?? '') &&
        !WEEKDAYS.has(tokens[j + 2]?.norm ?? '') &&
        sentenceAt(doc, j + 2) === sentenceAt(doc, i) &&
        // "and" joins two words of one name ("Bosnia and Herzegovina"), not a name and the next one.
        !(['and', '&'].includes(tokens[j + 1]?.norm ?? '') && (scan.baseAt[j + 2] || hasHead(tokens, i, j)))
      )
        j = compoundEnd(tokens, j + 2);
      else break;
    }
    const candidate = numberedGroup(scan, i, j) ?? nameWithHead(scan, i, j) ?? guessPerson(scan, i, j);
    if (candidate) found.push(candidate);
    i = j + 1;
  }
  return found;
}

/** "G4", "G-77": a group of states named by its number of members. */
function numberedGroup(scan: Scan, first: number, last: number): Candidate | undefined {
  const text = surface(scan.doc, first, last);
  if (!/^G-?\d{1,3}$/.test(text) || scan.baseAt[first]) return undefined;
  return {
    name: text.replace('-', ''),
    kind: 'GROUPING',
    aliases: [text],
    first,
    last,
    reason: 'a numbered group (“G” and a number)',
  };
}

function hasHead(tokens: readonly Token[], first: number, last: number): boolean {
  return tokens.slice(first, last + 1).some((t) => isCapitalised(t) && NAME_HEADS.has(t.norm));
}

function nameWithHead(scan: Scan, first: number, last: number): Candidate | undefined {
  const { doc } = scan;
  const { tokens } = doc;
  let head = -1;
  for (let k = last; k >= first; k--) {
    const t = tokens[k];
    if (t && isCapitalised(t) && NAME_HEADS.has(t.norm)) {
      head = k;
      break;
    }
  }
  if (head < 0) return undefined;
  const kind = NAME_HEADS.get(tokens[head]?.norm ?? '') as EntityKind;
  let end = head;
  const aliases: string[] = [];
  const rest = tokens[head + 1];
  if (head < last && rest && CONNECTORS.has(rest.norm)) end = last;
  else if (head < last && isAcronymOf(tokens, rest, first, head)) aliases.push(rest?.text ?? '');
  else if (head < last && isYear(rest)) end = head + 1;
  // "(NATO)" after a name.
  if (
    tokens[end + 1]?.text === '(' &&
    tokens[end + 3]?.text === ')' &&
    isAcronymOf(tokens, tokens[end + 2], first, end)
  )
    aliases.push(tokens[end + 2]?.text ?? '');
  const whole = scan.baseAt[first];
  if (whole && whole.first === first && whole.last >= end) return undefined; // a known or gazetteer name
  const words = tokens.slice(first, end + 1).filter((t, k) => t.type === 'word' && !isJoiner(tokens, first + k));
  let reason = `the head word “${tokens[head]?.text}”`;
  if (words.length === 1) {
    // A bare head ("the Summit") names something only with its date: "the Summit on 10 April".
    const dateEnd = kind === 'EVENT' ? dateAfter(tokens, end + 1) : -1;
    if (dateEnd < 0) return undefined;
    aliases.push(`${surface(doc, end + 2, dateEnd)} ${(tokens[head]?.text ?? '').toLowerCase()}`);
    end = dateEnd;
    reason += ' and its date';
  } else if (['embassy', 'consulate'].includes(tokens[head]?.norm ?? '') && tokens[end + 1]?.norm === 'in') {
    const place = scan.baseAt[end + 2];
    if (place && PLACE_KINDS.has(scan.kindOf(place.entityId) ?? 'EVENT')) end = place.last;
  }
  return { name: surface(doc, first, end), kind, aliases, first, last: end, reason };
}

/** Two or three capitalised words that are not English words, places or heads: most likely a person. */
function guessPerson(scan: Scan, first: number, last: number): Candidate | undefined {
  const { doc } = scan;
  const { tokens } = doc;
  const words: number[] = [];
  for (let k = first; k <= last; k = compoundEnd(tokens, k) + 1) words.push(k);
  if (words.length < 2 || words.length > 3) return undefined;
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (!t || isJoiner(tokens, k)) continue;
    if (t.type !== 'word' || scan.baseAt[k] || CONNECTORS.has(t.norm) || t.shape === 'upper') return undefined;
    if (NAME_HEADS.has(t.norm) || ROLE_NOUNS.has(t.norm) || MONTHS.has(t.norm) || isCommonWord(t.norm))
      return undefined;
  }
  const opensSentence = sentenceAt(doc, first)?.first === first;
  if (opensSentence && !hasTag(tokens[first], 'Person', 'FirstName', 'MaleName', 'FemaleName')) return undefined;
  if (['administration', 'government'].includes(tokens[last + 1]?.norm ?? '')) return undefined;
  // Names before a common noun modify it ("a Sunni Muslim country"); place names are not people.
  const next = tokens[last + 1];
  if (next?.type === 'word' && next.shape === 'lower' && hasTag(next, 'Noun') && !hasTag(next, 'Verb'))
    return undefined;
  if (tokens.slice(first, last + 1).some((t) => hasTag(t, 'Place') && !hasTag(t, 'Person'))) return undefined;
  return {
    name: surface(doc, first, last),
    kind: 'PERSON',
    aliases: [],
    first,
    last,
    reason: 'a two-word proper name',
  };
}

/** Where the modifiers of the noun at `head` begin ("economic security promotion law"), and what they are. */
function modifiersBefore(scan: Scan, head: number) {
  const { doc } = scan;
  const { tokens } = doc;
  const sentence = sentenceAt(doc, head);
  const floor = sentence?.first ?? 0;
  let start = head;
  let count = 0;
  let proper = false;
  let country = false;
  let nouns = 0;
  const quoted: string[] = [];
  const words: string[] = [];
  let k = head - 1;
  while (k >= floor) {
    const t = tokens[k];
    if (!t) break;
    if (t.type !== 'punct' && isJoiner(tokens, k - 1)) {
      let c = k;
      while (isJoiner(tokens, c - 1) && tokens[c - 2] && tokens[c - 2]?.type !== 'punct') c -= 2;
      const compound = doc.text.slice(tokens[c]?.start ?? 0, t.end).toLowerCase();
      if (EVALUATIVE.has(compound)) break;
      for (let x = c; x <= k; x++) {
        if (isCapitalised(tokens[x])) proper = true;
        const base = scan.baseAt[x];
        if (base && scan.kindOf(base.entityId) === 'COUNTRY') country = true;
      }
      count++;
      words.push(compound);
      start = c;
      k = c - 1;
      continue;
    }
    if (t.text === '”' || (t.text === '"' && t.attached)) {
      let open = k - 1;
      while (open > Math.max(floor, k - 8) && !['“', '"'].includes(tokens[open]?.text ?? '')) open--;
      if (!['“', '"'].includes(tokens[open]?.text ?? '')) break;
      quoted.push(surface(doc, open + 1, k - 1));
      count++;
      start = open;
      k = open - 1;
      continue;
    }
    if (t.type === 'possessive') {
      const owner = tokens[k - 1];
      if (t.norm === "'" && owner?.shape === 'lower' && owner.norm.endsWith('s')) {
        count++;
        nouns++;
        words.push(owner.norm);
        start = k - 1;
        k -= 2;
        continue;
      }
      break;
    }
    if (t.type !== 'word' || isClosedWord(t) || EVALUATIVE.has(t.norm) || MONTHS.has(t.norm)) break;
    const base = scan.baseAt[k];
    if (isCapitalised(t) && (k !== floor || base)) {
      proper = true;
      if (base && scan.kindOf(base.entityId) === 'COUNTRY') country = true;
    } else if (
      // A sentence's first word, capitalised for that alone: the tagger may read "Party" as a verb.
      isCapitalised(t) &&
      k === floor &&
      !hasTag(t, 'Adverb', 'Gerund', 'PastTense', 'Pronoun', 'Conjunction', 'Preposition', 'Determiner')
    ) {
      nouns++;
    } else if (hasTag(t, 'Noun') && !hasTag(t, 'Pronoun', 'Gerund', 'Verb')) {
      nouns++;
    } else if (
      CLASSIFIERS.has(t.norm) ||
      (hasTag(t, 'Adjective') && CLASSIFIER_SUFFIX.test(t.norm) && !hasTag(t, 'Comparative', 'Superlative'))
    ) {
      // a classifying adjective: "economic", "presidential"
    } else break;
    count++;
    words.push(t.norm);
    start = k;
    k--;
  }
  return { start, count, proper, country, nouns, quoted, words };
}

/** Descriptive names around a lower-case head: "the economic security promotion law", "the US election". */
function describedNames(scan: Scan): Candidate[] {
  const { doc } = scan;
  const { tokens } = doc;
  const found: Candidate[] = [];
  for (let h = 0; h < tokens.length; h++) {
    const t = tokens[h];
    if (t?.type !== 'word' || sentenceAt(doc, h)?.shouting) continue;
    let kind = t.shape === 'lower' ? COMMON_HEADS.get(t.norm) : undefined;
    let headFirst = h;
    // "think tanks", "think-tanks": an organisation.
    if (['tank', 'tanks'].includes(t.norm) && tokens[h - 1]?.norm === 'think') kind = 'ORGANIZATION';
    if (['tank', 'tanks'].includes(t.norm) && isJoiner(tokens, h - 1) && tokens[h - 2]?.norm === 'think') {
      kind = 'ORGANIZATION';
      headFirst = h - 2;
    } else if (kind === 'ORGANIZATION') headFirst = h - 1;
    if (!kind) continue;
    const next = tokens[h + 1];
    // The head must end its noun phrase: "policy direction" is not a policy.
    if (next?.type === 'word' && next.shape === 'lower' && hasTag(next, 'Noun') && !hasTag(next, 'Verb')) continue;
    const mods = modifiersBefore(scan, headFirst);
    const ok =
      kind === 'ORGANIZATION'
        ? mods.count >= 1
        : kind === 'GROUPING'
          ? mods.country
          : kind === 'EVENT'
            ? mods.count >= 1 && (mods.proper || mods.quoted.length > 0 || mods.nouns > 0)
            : JOINT_HEADS.has(t.norm)
              ? mods.words.includes('joint')
              : mods.count >= 2 || mods.proper;
    if (!ok) continue;
    const name = surface(doc, mods.start, h);
    const aliases = [...mods.quoted];
    // "economic security measures" is also "economic security".
    if (kind === 'POLICY' && ['measures', 'policy'].includes(t.norm) && mods.count >= 2)
      aliases.push(surface(doc, mods.start, h - 1));
    found.push({ name, kind, aliases, first: mods.start, last: h, reason: `the head noun “${t.text}”` });
  }
  return found;
}

/** "the Biden administration": a person's administration or government. */
function administrations(scan: Scan): Candidate[] {
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
function coalitions(scan: Scan): Candidate[] {
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
function regionsAndParties(scan: Scan): Candidate[] {
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
function businessSectors(scan: Scan, countryOf: (entityId: string) => GazetteerEntry | undefined): Candidate[] {
  const { doc } = scan;
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
function deals(scan: Scan, spans: readonly { first: number; last: number }[]): Candidate[] {
  const { doc } = scan;
  const { tokens } = doc;
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

/** What was proposed, and the alias table that finds every entity, known or proposed, in the text. */
export interface Proposal {
  /** New entities only, with a guessed kind; their ids are unique against the known ones. */
  proposed: Entity[];
  /** Names, aliases, demonyms and surnames of the known and the proposed entities. */
  table: AliasTable;
  /** The kind of every entity the table can name. */
  kinds: Map<string, EntityKind>;
}

interface Draft {
  entity: Entity;
  gazetteer?: GazetteerEntry;
  reason: string;
}

const GAZ = 'gazetteer:';

const KIND_WORDS: Record<EntityKind, string> = {
  COUNTRY: 'a country',
  PERSON: 'a person',
  GROUPING: 'a grouping',
  ORGANIZATION: 'an organisation',
  COMPANY: 'a company',
  POLICY: 'a policy document',
  EVENT: 'an event',
  REGION: 'a region',
};

/**
 * Proposes the entities of `doc` that `known` does not hold, and builds the alias table of both.
 * A candidate whose name is a known name or alias is a mention of the known entity, not a new one.
 */
export function proposeEntities(doc: Doc, known: readonly Entity[], sourceId: string): Proposal {
  const entries = gazetteer();
  const knownByName = new Map<string, string>();
  const knownByLemma = new Map<string, string>();
  for (const e of known) {
    const reversed = e.kind === 'PERSON' ? reversedName(e.name) : undefined;
    for (const n of [e.name, e.id, ...e.aliases, ...(reversed ? [reversed] : [])]) {
      knownByName.set(normalizeName(n), e.id);
      knownByLemma.set(lemmaKey(n), e.id);
    }
  }
  // Plural variants of known names ("US elections" for a known "US election") name the known entity.
  const knownVariants: [string, string][] = [];
  const kinds = new Map<string, EntityKind>(known.map((e) => [e.id, e.kind]));

  // 1. The known entities and the gazetteer's, found in the text.
  const linked = new Map<string, string>(); // gazetteer id -> known id
  const base = createAliasTable();
  for (const e of known) {
    addAlias(base, e.id, e.name, 'name');
    for (const a of e.aliases) addAlias(base, e.id, a, 'alias');
    const reversed = e.kind === 'PERSON' ? reversedName(e.name) : undefined;
    if (reversed) addAlias(base, e.id, reversed, 'alias');
  }
  for (const g of entries) {
    const knownId = [g.name, ...g.aliases].map((n) => knownByName.get(normalizeName(n))).find(Boolean);
    const id = knownId ?? `${GAZ}${g.id}`;
    if (knownId) linked.set(g.id, knownId);
    kinds.set(id, knownId ? (kinds.get(knownId) ?? g.kind) : g.kind);
    addAlias(base, id, g.name, 'name');
    for (const a of g.aliases) addAlias(base, id, a, 'alias');
  }
  const gazById = new Map(entries.map((g) => [g.id, g]));
  const entityOfGazetteer = (g: GazetteerEntry) => linked.get(g.id) ?? `${GAZ}${g.id}`;
  for (const g of entries) {
    for (const d of g.demonyms) addAlias(base, entityOfGazetteer(g), d, 'demonym');
    for (const p of g.prefixes) addAlias(base, entityOfGazetteer(g), p, 'prefix');
  }
  const baseMentions = findMentions(doc, base);
  const baseAt: (Mention | undefined)[] = new Array(doc.tokens.length).fill(undefined);
  for (const m of baseMentions) for (let k = m.first; k <= m.last; k++) baseAt[k] = m;
  const scan: Scan = { doc, baseAt, kindOf: (id) => kinds.get(id), consumed: new Array(doc.tokens.length).fill(false) };
  const countryOf = (id: string) => {
    const g = id.startsWith(GAZ) ? gazById.get(id.slice(GAZ.length)) : entries.find((x) => linked.get(x.id) === id);
    return g?.kind === 'COUNTRY' ? g : undefined;
  };

  // 2. Candidates, people first (their titles and names are then not read as anything else).
  const candidates = [
    ...titledPersons(scan),
    ...rolePersons(scan),
    ...capitalisedNames(scan),
    ...describedNames(scan),
    ...administrations(scan),
    ...coalitions(scan),
    ...regionsAndParties(scan),
    ...businessSectors(scan, countryOf),
  ];
  candidates.push(...deals(scan, [...candidates, ...baseMentions]));

  // 3. Drafts: gazetteer entities the text names, then candidates grouped by name.
  const drafts = new Map<string, Draft>(); // by normalized name
  const draftOfName = new Map<string, Draft>(); // every normalized name and alias
  for (const m of baseMentions) {
    if (!m.entityId.startsWith(GAZ) || m.via === 'prefix') continue;
    // A demonym alone does not propose its country, except before a title ("French President Emmanuel Macron")
    // or with the people who act for the state ("Australian officials").
    const actors = m.last > m.first && STATE_ACTOR_NOUNS.has(doc.tokens[m.last]?.norm ?? '');
    if (m.via === 'demonym' && titleAt(doc.tokens, m.last + 1) < 0 && !actors) continue;
    const g = gazById.get(m.entityId.slice(GAZ.length));
    if (!g || drafts.has(normalizeName(g.name))) continue;
    const draft: Draft = {
      entity: { id: g.id, name: g.name, kind: g.kind, aliases: [...g.aliases], description: g.description },
      gazetteer: g,
      reason: g.kind === 'COUNTRY' ? 'the country list' : 'the list of regions and groupings',
    };
    drafts.set(normalizeName(g.name), draft);
    for (const n of [g.name, ...g.aliases]) draftOfName.set(normalizeName(n), draft);
  }
  for (const c of candidates) {
    const names = [c.name, ...c.aliases].filter((n) => n.length > 0);
    if (names.some((n) => knownByName.has(normalizeName(n)) || lookupAlias(base, n))) continue;
    const variantOf = names.map((n) => knownByLemma.get(lemmaKey(n))).find(Boolean);
    if (variantOf) {
      knownVariants.push([variantOf, c.name]);
      continue;
    }
    const existing = names.map((n) => draftOfName.get(normalizeName(n))).find(Boolean);
    if (existing) {
      for (const n of names) addDraftAlias(existing, n, draftOfName);
      continue;
    }
    const draft: Draft = {
      entity: { id: '', name: c.name, kind: c.kind, aliases: [] },
      reason: c.reason,
    };
    drafts.set(normalizeName(c.name), draft);
    for (const n of names) addDraftAlias(draft, n, draftOfName);
  }
  mergeSurnames([...drafts.values()], drafts);
  mergeElections([...drafts.values()], drafts);

  // 4. Ids, descriptions and the alias table of known and proposed entities.
  const taken = new Set(known.map((e) => e.id));
  const table = createAliasTable();
  for (const e of known) {
    addAlias(table, e.id, e.name, 'name');
    for (const a of e.aliases) addAlias(table, e.id, a, 'alias');
  }
  for (const [id, variant] of knownVariants) addAlias(table, id, variant, 'alias');
  const proposed: Entity[] = [];
  const proposedCountry = new Map<string, string>(); // gazetteer id -> proposed id
  for (const draft of drafts.values()) {
    const e = draft.entity;
    e.id = uniqueSlug(slugify(e.name), taken);
    if (draft.gazetteer) proposedCountry.set(draft.gazetteer.id, e.id);
    e.description ??= `Proposed from ${sourceId}: ${KIND_WORDS[e.kind]}, recognised by ${draft.reason}.`;
    kinds.set(e.id, e.kind);
    proposed.push(e);
  }
  for (const e of proposed) addAlias(table, e.id, e.name, 'name');
  for (const e of proposed) for (const a of e.aliases) addAlias(table, e.id, a, 'alias');
  for (const e of [...known, ...proposed]) {
    if (e.kind !== 'PERSON') continue;
    const surname = surnameOf(e.name, doc);
    if (surname && !lookupAlias(table, surname)) addAlias(table, e.id, surname, 'alias');
    const reversed = reversedName(e.name);
    if (reversed && !lookupAlias(table, reversed)) addAlias(table, e.id, reversed, 'alias');
  }
  // Demonyms point at a country the text names or that is known: "Japanese" -> Japan.
  for (const g of entries) {
    if (g.kind !== 'COUNTRY') continue;
    const id = linked.get(g.id) ?? proposedCountry.get(g.id);
    if (!id) continue;
    for (const a of g.aliases) addAlias(table, id, a, 'alias');
    for (const d of g.demonyms) {
      addAlias(table, id, d, 'demonym');
      for (const body of ['government', 'administration']) addAlias(table, id, `${d} ${body}`, 'alias');
    }
    for (const p of g.prefixes) addAlias(table, id, p, 'prefix');
  }
  return { proposed, table, kinds };
}

/** A name with its last word's plural -s dropped: "US elections" and "US election" are one name. */
function lemmaKey(name: string): string {
  return normalizeName(name).replace(/(?<=[a-z]{3})s$/, '');
}

function addDraftAlias(draft: Draft, alias: string, index: Map<string, Draft>): void {
  const key = normalizeName(alias);
  if (key.length === 0) return;
  if (!index.has(key)) index.set(key, draft);
  const e = draft.entity;
  if (key !== normalizeName(e.name) && !e.aliases.some((a) => normalizeName(a) === key)) e.aliases.push(alias);
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The words of a person's name, without a generational suffix ("Ferdinand Marcos Jr." -> Ferdinand, Marcos). */
function nameWords(name: string): string[] {
  const words = tokenize(name)
    .filter((t) => t.type === 'word')
    .map((t) => t.text);
  while (words.length > 1 && SUFFIXES.has((words.at(-1) ?? '').toLowerCase())) words.pop();
  return words;
}

/**
 * The word a text calls a person by alone: the family name, last in most names ("Fumio Kishida": Kishida)
 * and first in those written family name first ("Kishida Fumio", "Yoon Suk Yeol"), as the text shows by
 * using it alone.
 */
export function surnameOf(name: string, doc: Doc): string | undefined {
  const words = nameWords(name);
  if (words.length < 2) return undefined;
  const first = words[0] as string;
  const last = words.at(-1) as string;
  const alone = (word: string) =>
    doc.tokens.filter(
      (t, i) =>
        t.text === word &&
        !words.includes(doc.tokens[i + 1]?.text ?? '') &&
        !words.includes(doc.tokens[i - 1]?.text ?? ''),
    ).length;
  return alone(first) > alone(last) ? first : last;
}

/** A two-word person's name the other way round: "Kishida Fumio" for "Fumio Kishida", as East Asian outlets write it. */
export function reversedName(name: string): string | undefined {
  const words = nameWords(name);
  return words.length === 2 && !name.includes('-') ? `${words[1]} ${words[0]}` : undefined;
}

/** "Kishida" and "Fumio Kishida" in one text are one person; the fuller name wins. */
function mergeSurnames(all: Draft[], drafts: Map<string, Draft>): void {
  const people = all.filter((d) => d.entity.kind === 'PERSON');
  for (const short of people) {
    const words = short.entity.name.split(/\s+/);
    if (words.length !== 1) continue;
    const key = normalizeName(short.entity.name);
    // Family name last ("Fumio Kishida") or first ("Kishida Fumio", "Yoon Suk Yeol").
    const full = people.filter((d) => {
      const words = nameWords(d.entity.name).map(normalizeName);
      return d !== short && words.length > 1 && (words.at(-1) === key || words[0] === key);
    });
    const target = full[0];
    if (full.length !== 1 || !target) continue;
    for (const a of [short.entity.name, ...short.entity.aliases]) {
      if (!target.entity.aliases.some((x) => normalizeName(x) === normalizeName(a))) target.entity.aliases.push(a);
    }
    drafts.delete(key);
  }
}

/** "US election", "US elections", "US presidential election": one event, named by its fullest form. */
function mergeElections(all: Draft[], drafts: Map<string, Draft>): void {
  const proper = (name: string) =>
    name
      .split(/[\s-]+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w.toLowerCase())
      .sort()
      .join(' ');
  const groups = new Map<string, Draft[]>();
  for (const d of all) {
    if (d.entity.kind !== 'EVENT' || !/\belections?$/i.test(d.entity.name)) continue;
    const key = proper(d.entity.name);
    if (!key) continue;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const sorted = [...group].sort((a, b) => b.entity.name.length - a.entity.name.length);
    const [target, ...rest] = sorted;
    if (!target) continue;
    for (const d of rest) {
      for (const a of [d.entity.name, ...d.entity.aliases]) {
        if (!target.entity.aliases.some((x) => normalizeName(x) === normalizeName(a))) target.entity.aliases.push(a);
      }
      drafts.delete(normalizeName(d.entity.name));
    }
  }
}
