// General knowledge of names: the world's countries (from world-countries: names, capitals, demonyms),
// well-known regions and intergovernmental groupings. Nothing here is specific to one article.
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { normalizeName } from '../data/names.ts';
import type { EntityKind } from '../model.ts';
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

/** Regions and seas that geopolitical writing names as actors' arenas. */
const REGIONS: readonly (readonly [string, ...string[]])[] = [
  ['Indo-Pacific', 'Indo-Pacific region'],
  ['Asia-Pacific', 'Asia Pacific', 'Asia-Pacific region'],
  ['Middle East'],
  ['Southeast Asia', 'South-East Asia', 'South-Eastern Asia'],
  ['East Asia', 'Eastern Asia'],
  ['South Asia', 'Southern Asia'],
  ['Central Asia'],
  ['Latin America'],
  ['Balkans', 'Western Balkans'],
  ['Sahel'],
  ['Arctic'],
  ['Caucasus', 'South Caucasus'],
  ['Horn of Africa'],
  ['South China Sea'],
  ['East China Sea'],
  ['Taiwan Strait', 'Taiwan Straits'],
  ['Korean Peninsula'],
  ['Persian Gulf'],
  ['Black Sea'],
  ['Baltic Sea'],
  ['Eurasia'],
  ['Asia'],
  ['Europe'],
  ['Africa'],
  ['Oceania'],
  ['Pacific Islands'],
];

/**
 * Intergovernmental groupings and organisations, with their usual short names: the standing ones that
 * international news names, from the UN system to regional blocs, defence pacts and summit formats.
 */
const GROUPINGS: readonly (readonly [EntityKind, string, ...string[]])[] = [
  ['GROUPING', 'G7', 'G-7', 'Group of Seven'],
  ['GROUPING', 'G20', 'G-20', 'Group of Twenty'],
  ['GROUPING', 'G77', 'G-77', 'Group of 77'],
  ['GROUPING', 'Quad', 'Quadrilateral Security Dialogue'],
  ['GROUPING', 'NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'],
  ['GROUPING', 'European Union', 'EU'],
  ['GROUPING', 'ASEAN', 'Association of Southeast Asian Nations'],
  ['GROUPING', 'AUKUS'],
  ['GROUPING', 'BRICS'],
  ['GROUPING', 'Shanghai Cooperation Organisation', 'SCO', 'Shanghai Cooperation Organization'],
  ['GROUPING', 'Collective Security Treaty Organization', 'CSTO', 'Collective Security Treaty Organisation'],
  ['GROUPING', 'Commonwealth of Independent States', 'CIS'],
  ['GROUPING', 'Eurasian Economic Union', 'EAEU', 'EEU'],
  ['GROUPING', 'APEC', 'Asia-Pacific Economic Cooperation'],
  ['GROUPING', 'OPEC', 'Organization of the Petroleum Exporting Countries'],
  ['GROUPING', 'OPEC+', 'OPEC Plus'],
  ['GROUPING', 'African Union', 'AU'],
  ['GROUPING', 'Economic Community of West African States', 'ECOWAS'],
  ['GROUPING', 'Southern African Development Community', 'SADC'],
  ['GROUPING', 'East African Community', 'EAC'],
  ['GROUPING', 'Intergovernmental Authority on Development', 'IGAD'],
  ['GROUPING', 'Alliance of Sahel States', 'AES'],
  ['GROUPING', 'Arab League', 'League of Arab States'],
  ['GROUPING', 'Gulf Cooperation Council', 'GCC'],
  ['GROUPING', 'Organisation of Islamic Cooperation', 'OIC', 'Organization of Islamic Cooperation'],
  ['GROUPING', 'Five Eyes'],
  ['GROUPING', 'Mercosur', 'Mercosul'],
  ['GROUPING', 'Organization of American States', 'OAS'],
  ['GROUPING', 'Caribbean Community', 'CARICOM'],
  ['GROUPING', 'Community of Latin American and Caribbean States', 'CELAC'],
  ['GROUPING', 'Pacific Alliance'],
  ['GROUPING', 'Pacific Islands Forum', 'PIF'],
  ['GROUPING', 'South Asian Association for Regional Cooperation', 'SAARC'],
  ['GROUPING', 'BIMSTEC'],
  ['GROUPING', 'East Asia Summit'],
  ['GROUPING', 'Mekong-Lancang Cooperation'],
  ['GROUPING', 'Arctic Council'],
  ['GROUPING', 'Nordic Council'],
  ['GROUPING', 'Council of the Baltic Sea States'],
  ['GROUPING', 'Visegrad Group', 'V4', 'Visegrád Group'],
  ['GROUPING', 'Commonwealth', 'Commonwealth of Nations'],
  ['GROUPING', 'OSCE', 'Organization for Security and Co-operation in Europe'],
  ['GROUPING', 'Council of Europe'],
  ['GROUPING', 'Non-Aligned Movement'],
  ['GROUPING', 'Joint Expeditionary Force'],
  ['ORGANIZATION', 'United Nations', 'UN', 'U.N.'],
  ['ORGANIZATION', 'UN Security Council', 'United Nations Security Council', 'Security Council', 'UNSC'],
  ['ORGANIZATION', 'UN General Assembly', 'United Nations General Assembly', 'General Assembly', 'UNGA'],
  ['ORGANIZATION', 'UN Human Rights Council', 'United Nations Human Rights Council', 'Human Rights Council'],
  ['ORGANIZATION', 'World Trade Organization', 'WTO'],
  ['ORGANIZATION', 'International Monetary Fund', 'IMF'],
  ['ORGANIZATION', 'World Bank'],
  ['ORGANIZATION', 'Asian Development Bank', 'ADB'],
  ['ORGANIZATION', 'Asian Infrastructure Investment Bank', 'AIIB'],
  ['ORGANIZATION', 'New Development Bank', 'NDB'],
  ['ORGANIZATION', 'African Development Bank', 'AfDB'],
  ['ORGANIZATION', 'OECD', 'Organisation for Economic Co-operation and Development'],
  ['ORGANIZATION', 'International Atomic Energy Agency', 'IAEA'],
  ['ORGANIZATION', 'World Health Organization', 'WHO'],
  ['ORGANIZATION', 'International Court of Justice', 'ICJ', 'World Court'],
  ['ORGANIZATION', 'International Criminal Court', 'ICC'],
  ['ORGANIZATION', 'Permanent Court of Arbitration'],
  ['ORGANIZATION', 'International Energy Agency', 'IEA'],
  ['ORGANIZATION', 'European Commission'],
  ['ORGANIZATION', 'European Parliament'],
  ['ORGANIZATION', 'European Council'],
  ['ORGANIZATION', 'European Central Bank', 'ECB'],
  ['ORGANIZATION', 'Interpol'],
];

const LATIN = /^[\p{Script=Latin}\p{M}\s.'’-]+$/u;

function usableAlias(alias: string, code: string): boolean {
  return alias !== code && LATIN.test(alias) && !alias.includes(',') && alias.length >= 2;
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

/** Every name the gazetteer knows: countries, regions, groupings. */
export function gazetteer(): readonly GazetteerEntry[] {
  if (cached) return cached;
  const regions = REGIONS.map(
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
  cached = [...countryEntries(), ...regions, ...groupings];
  return cached;
}
