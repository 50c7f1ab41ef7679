// General knowledge of names: the world's countries (from world-countries: names, capitals, demonyms),
// well-known regions and intergovernmental groupings. Nothing here is specific to one article.
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { normalizeName } from '../data/names.ts';
import type { EntityKind } from '../model.ts';
import { isPersonNameWord } from './document.ts';
import { COMPANIES, GROUPINGS, ORGANIZATIONS, REGIONS, SEATS, TERRITORIES } from './gazetteer-names.ts';
import { NAME_HEADS } from './lexicon.ts';
import { slugify } from './slug.ts';

/** A name the extractor knows before reading: proposed as an entity once the text names it. */
export interface GazetteerEntry {
  id: string;
  name: string;
  kind: EntityKind;
  /** Other names: official names, alternative spellings, capitals (metonymy: "Tokyo" for Japan). */
  aliases: string[];
  /** Adjectives of nationality ("Japanese"), which point at the country but do not propose it. */
  demonyms: string[];
  /** Prefixes of compounds ("Sino-Japanese"), matched only before a hyphen. */
  prefixes: string[];
  description: string;
}

/** English short names the country list leaves out, by ISO 3166-1 alpha-2 code. */
const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: ['US', 'U.S.', 'U.S.A.', 'America'],
  GB: ['Britain', 'U.K.'],
  KP: ['DPRK'],
  KR: ['ROK'],
  CN: ['PRC'],
  RU: ['Kremlin'],
  VA: ['Holy See', 'Vatican'],
  TR: ['Turkey'],
  CZ: ['Czech Republic'],
};
/** Adjectives of nationality the country list leaves out ("Philippine" beside "Filipino"). */
const EXTRA_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  PH: ['Philippine'],
  SA: ['Saudi'],
  AZ: ['Azeri'],
  KZ: ['Kazakh'],
  UZ: ['Uzbek'],
  KG: ['Kyrgyz'],
  TJ: ['Tajik'],
  TM: ['Turkmen'],
  LA: ['Lao'],
  BF: ['Burkinabè'],
};
const PREFIXES: Readonly<Record<string, readonly string[]>> = { CN: ['Sino'], RU: ['Russo'] };

const LATIN = /^[\p{Script=Latin}\p{M}\s.'’-]+$/u;

function usableAlias(alias: string, code: string): boolean {
  return alias !== code && LATIN.test(alias) && !alias.includes(',') && alias.length >= 2;
}

/**
 * A one-word alias that also reads as something else cannot stand for a country: a person's name
 * ("Hamilton", "Victoria") or the head word of other names ("Island").
 */
function ambiguousAlias(alias: string): boolean {
  return !/\s/.test(alias) && (isPersonNameWord(alias) || NAME_HEADS.has(alias.toLowerCase()));
}

function loadCountries(): Country[] {
  const require = createRequire(import.meta.url);
  return require('world-countries') as Country[];
}

function countryEntries(): GazetteerEntry[] {
  const countries = loadCountries();
  // Independent UN members first, so that a shared capital or demonym goes to the state.
  const ranked = [...countries].sort(
    (a, b) => Number(b.unMember) - Number(a.unMember) || Number(b.independent) - Number(a.independent),
  );
  const unMembers = new Set(countries.filter((c) => c.unMember).map((c) => c.cca2));
  const demonymOwners = new Map<string, string[]>();
  for (const c of ranked) {
    const eng = c.demonyms.eng;
    for (const d of new Set([...(eng ? [eng.m, eng.f] : []), ...(EXTRA_DEMONYMS[c.cca2] ?? [])])) {
      const key = normalizeName(d);
      demonymOwners.set(key, [...(demonymOwners.get(key) ?? []), c.cca2]);
    }
  }
  const taken = new Set<string>();
  const entries: GazetteerEntry[] = [];
  for (const c of ranked) {
    const name = c.name.common;
    const capitals = c.capital.flatMap((cap) => {
      const bare = cap.replace(/\s+(?:D\.C\.|City)$/, '');
      return bare === cap ? [cap] : [cap, bare];
    });
    const candidates = [
      c.name.official,
      ...c.altSpellings.filter((a) => usableAlias(a, c.cca2)),
      ...(EXTRA_ALIASES[c.cca2] ?? []),
      ...capitals,
    ];
    const aliases: string[] = [];
    for (const alias of candidates) {
      const key = normalizeName(alias);
      if (key === normalizeName(name) || taken.has(key) || aliases.some((a) => normalizeName(a) === key)) continue;
      if (ambiguousAlias(alias) && !(EXTRA_ALIASES[c.cca2] ?? []).includes(alias)) continue;
      aliases.push(alias);
    }
    for (const alias of [name, ...aliases]) taken.add(normalizeName(alias));
    const eng = c.demonyms.eng;
    const demonyms = [...new Set([...(eng ? [eng.m, eng.f] : []), ...(EXTRA_DEMONYMS[c.cca2] ?? [])])].filter((d) => {
      const owners = demonymOwners.get(normalizeName(d)) ?? [];
      // A demonym shared by two states points at neither; a territory sharing one with its state yields.
      const states = owners.filter((code) => unMembers.has(code));
      return d.length > 0 && owners[0] === c.cca2 && states.length <= 1;
    });
    entries.push({
      id: slugify(name),
      name,
      kind: 'COUNTRY',
      aliases,
      demonyms,
      prefixes: [...(PREFIXES[c.cca2] ?? [])],
      description: `${c.name.official}, a ${c.independent ? 'state' : 'territory'} in ${c.subregion || c.region}.`,
    });
  }
  return entries;
}

let cached: GazetteerEntry[] | undefined;

/** Every name the gazetteer knows: countries, regions, groupings, well-known organisations and companies. */
export function gazetteer(): readonly GazetteerEntry[] {
  if (cached) return cached;
  const regions = [...REGIONS, ...TERRITORIES].map(
    ([name, ...aliases]): GazetteerEntry => ({
      id: slugify(name),
      name,
      kind: 'REGION',
      aliases: [...aliases],
      demonyms: [],
      prefixes: [],
      description: `${name}, a region.`,
    }),
  );
  const groupings = GROUPINGS.map(
    ([kind, name, ...aliases]): GazetteerEntry => ({
      id: slugify(name),
      name,
      kind,
      aliases: [...aliases],
      demonyms: [],
      prefixes: [],
      description: `${name}, an intergovernmental ${kind === 'GROUPING' ? 'grouping' : 'organisation'}.`,
    }),
  );
  const organizations = ORGANIZATIONS.map(
    ([name, ...aliases]): GazetteerEntry => ({
      id: slugify(name),
      name,
      kind: 'ORGANIZATION',
      aliases: [...aliases],
      demonyms: [],
      prefixes: [],
      description: `${name}, an organisation.`,
    }),
  );
  const companies = COMPANIES.map(
    ([name, ...aliases]): GazetteerEntry => ({
      id: slugify(name),
      name,
      kind: 'COMPANY',
      aliases: [...aliases],
      demonyms: [],
      prefixes: [],
      description: `${name}, a company.`,
    }),
  );
  cached = [...countryEntries(), ...regions, ...groupings, ...organizations, ...companies];
  return cached;
}

function namedIn(text: string, names: readonly string[]): boolean {
  return names.some((n) =>
    new RegExp(`(?<![\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text),
  );
}

/**
 * The gazetteer as `text` reads it: "Brussels" stands for the European Union in a text that names the Union
 * and not Belgium, for its country otherwise.
 */
export function gazetteerFor(text: string): readonly GazetteerEntry[] {
  const entries = gazetteer();
  const moves = SEATS.filter(([, institution, country]) => {
    const owner = entries.find((g) => g.name === institution);
    const state = entries.find((g) => g.name === country);
    return (
      owner && state && namedIn(text, [owner.name, ...owner.aliases]) && !namedIn(text, [state.name, ...state.demonyms])
    );
  });
  if (moves.length === 0) return entries;
  return entries.map((g) => {
    const gained = moves.filter(([, institution]) => institution === g.name).map(([city]) => city);
    const lost = moves.filter(([, , country]) => country === g.name).map(([city]) => city);
    if (gained.length === 0 && lost.length === 0) return g;
    return { ...g, aliases: [...g.aliases.filter((a) => !lost.includes(a)), ...gained] };
  });
}
