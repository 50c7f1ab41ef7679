// Readable, unique names for synthetic entities: each entity owns one invented word, and every name and alias it has contains that word.
import type { Entity, EntityKind } from '../model.ts';
import type { Random } from './random.ts';

const CONSONANTS = 'bcdfghklmnprstvz';
const VOWELS = 'aeio';
/** 64 syllables, so a word of `n` syllables is `6n` bits. */
const SYLLABLES = [...CONSONANTS].flatMap((c) => [...VOWELS].map((v) => c + v));

/**
 * What an invented word looks like: consonant-vowel syllables only. No vocabulary word below
 * has this shape (a test checks), so two names can be equal only if they hold the same
 * invented word, which belongs to one entity: names and aliases never collide.
 */
export const INVENTED_WORD = new RegExp(`^(?:[${CONSONANTS}][${VOWELS}])+$`, 'i');

export const GIVEN_NAMES = [
  'Amara',
  'Oskar',
  'Ingrid',
  'Yusuf',
  'Elena',
  'Arjun',
  'Ines',
  'Anders',
  'Ayumi',
  'Olumide',
  'Ewa',
  'Aleksandr',
  'Ilse',
  'Omar',
  'Astrid',
  'Eduardo',
  'Usha',
  'Andrzej',
  'Ekaterina',
  'Aziz',
] as const;

export const TITLES = ['President', 'Minister', 'Chancellor', 'Governor', 'Senator', 'Ambassador', 'General'] as const;

/** The noun after an entity's word, by kind (`Kavore Institute`); countries and people have none. */
export const KIND_NOUNS: Record<Exclude<EntityKind, 'COUNTRY' | 'PERSON'>, readonly string[]> = {
  GROUPING: ['Pact', 'Forum', 'Dialogue', 'Group', 'Alliance', 'Compact', 'Quartet'],
  ORGANIZATION: ['Institute', 'Agency', 'Council', 'Foundation', 'Commission', 'Authority', 'Bank'],
  COMPANY: ['Industries', 'Holdings', 'Steel', 'Motors', 'Energy', 'Systems', 'Logistics', 'Shipping'],
  POLICY: ['Security Act', 'Trade Strategy', 'Economic Security Law', 'Defence Programme', 'Industrial Policy'],
  EVENT: ['Summit', 'Election', 'Conference', 'Talks', 'Crisis'],
  REGION: ['Basin', 'Strait', 'Peninsula', 'Sea', 'Archipelago', 'Highlands', 'Coast'],
};

/** Every vocabulary word a name or alias may hold beside the entity's own word. */
export function vocabularyWords(): string[] {
  const phrases = [
    ...GIVEN_NAMES,
    ...TITLES,
    ...Object.values(KIND_NOUNS).flat(),
    'Republic of',
    'government',
    'Corp',
    'the',
  ];
  return [...new Set(phrases.flatMap((phrase) => phrase.split(' ')))];
}

/** The number of syllables that gives at least `count` distinct words (at least two syllables). */
export function syllablesFor(count: number): number {
  let syllables = 2;
  while (64 ** syllables < count) syllables++;
  if (syllables > 5) throw new RangeError(`cannot invent ${count} distinct words; at most ${64 ** 5}`);
  return syllables;
}

/**
 * A bijection of [0, 2^bits) built from odd multiplications, xor-shifts and an addition, each
 * invertible modulo 2^bits: distinct indices get distinct words, in an order that looks random.
 */
function createPermutation(bits: number, random: Random): (x: number) => number {
  const mask = bits === 32 ? 0xffffffff : 2 ** bits - 1;
  const odd = () => ((random.below(2 ** 30) << 1) | 1) >>> 0;
  const a = odd();
  const b = odd();
  const c = random.below(2 ** bits);
  const shiftA = Math.max(1, bits >> 1);
  const shiftB = Math.max(1, Math.floor(bits / 3) + 1);
  return (x) => {
    let y = (Math.imul(x, a) >>> 0) & mask;
    y ^= y >>> shiftA;
    y = (Math.imul(y, b) >>> 0) & mask;
    y ^= y >>> shiftB;
    return ((y + c) >>> 0) & mask;
  };
}

/** Invents `count` distinct words (`Kavore`, `Hodizi`), one per index, all of one length. */
export function createWordMaker(count: number, random: Random): (index: number) => string {
  const syllables = syllablesFor(count);
  const permute = createPermutation(6 * syllables, random);
  return (index) => {
    if (index < 0 || index >= count) throw new RangeError(`word index ${index} is outside 0..${count - 1}`);
    let x = permute(index);
    let word = '';
    for (let i = 0; i < syllables; i++) {
      word += SYLLABLES[x & 63];
      x = Math.floor(x / 64);
    }
    return word.charAt(0).toUpperCase() + word.slice(1);
  };
}

/** A lowercase slug of a name: `Amara Kavore` is `amara-kavore`. */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const ARTICLE: Record<EntityKind, string> = {
  COUNTRY: 'A country',
  PERSON: 'A person',
  GROUPING: 'A grouping',
  ORGANIZATION: 'An organization',
  COMPANY: 'A company',
  POLICY: 'A policy',
  EVENT: 'An event',
  REGION: 'A region',
};

/**
 * The entity that owns `word` (and, for a country, `second` as its capital), with a name and
 * aliases that all hold `word`. Draws its choices (given name, title, noun, year) from `random`.
 */
export function createEntity(kind: EntityKind, word: string, second: string, random: Random): Entity {
  let name: string;
  let aliases: string[];
  let description: string;
  switch (kind) {
    case 'COUNTRY':
      name = word;
      aliases = [`Republic of ${word}`, second, `${word} government`];
      description = `A country of the synthetic world, governed from ${second}.`;
      break;
    case 'PERSON': {
      const title = random.pick(TITLES);
      name = `${random.pick(GIVEN_NAMES)} ${word}`;
      aliases = [word, `${title} ${word}`];
      description = `A ${title.toLowerCase()} of the synthetic world.`;
      break;
    }
    case 'EVENT': {
      const noun = random.pick(KIND_NOUNS.EVENT);
      name = `${word} ${noun} ${1990 + random.below(40)}`;
      aliases = [`${word} ${noun}`];
      description = `${ARTICLE[kind]} of the synthetic world.`;
      break;
    }
    case 'COMPANY':
      name = `${word} ${random.pick(KIND_NOUNS.COMPANY)}`;
      aliases = [word, `${word} Corp`];
      description = `${ARTICLE[kind]} of the synthetic world.`;
      break;
    default:
      name = `${word} ${random.pick(KIND_NOUNS[kind])}`;
      aliases = [word];
      description = `${ARTICLE[kind]} of the synthetic world.`;
  }
  return { id: slugOf(name), name, kind, aliases, description };
}
