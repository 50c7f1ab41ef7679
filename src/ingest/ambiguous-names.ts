// A known name that plausibly means something else here: "the Reciprocal Access Agreement" of an article on
// Japan and the Philippines is not the one another source links to Japan and Australia. A generic name (only
// common words: an agreement, a summit, a strategy) of a known agreement or event, named here beside states
// that differ from those the known one is linked to, is proposed as a separate entity with a note for the
// reviewer rather than silently merged.

import nlp from 'compromise';
import type { Entity, EntityKind } from '../model.ts';
import type { Doc } from './document.ts';
import type { Mention } from './mentions.ts';

/** The kinds a generic name can stand for more than one of. */
const GENERIC_KINDS: ReadonlySet<EntityKind> = new Set(['POLICY', 'EVENT']);
const CONNECTORS = new Set(['of', 'on', 'for', 'and', 'the', 'to', 'in']);

const NAME_TAGS = new Set(['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Region', 'ProperNoun']);

/** Whether the tagger reads `word`, in lower case and alone, as an ordinary word rather than a name. */
function isOrdinaryWord(word: string): boolean {
  const [sentence] = nlp(word.toLowerCase()).json() as { terms: { tags: string[] }[] }[];
  const tags = sentence?.terms[0]?.tags ?? [];
  return tags.length > 0 && !tags.some((tag) => NAME_TAGS.has(tag));
}

/** Whether `name` is made of ordinary words only ("Reciprocal Access Agreement", not "Camp David Accords"). */
export function isGenericName(name: string): boolean {
  const words = name.split(/[\s-]+/).filter((w) => /\p{L}/u.test(w) && !CONNECTORS.has(w.toLowerCase()));
  return words.length > 0 && words.every(isOrdinaryWord);
}

export interface AmbiguousName {
  /** The known entity the name is the name of. */
  known: Entity;
  /** The states this text names beside it, and those the known one is linked to, by name. */
  here: string[];
  there: string[];
  /** The name for the entity this text means: its states and the name ("Japan–Philippines Reciprocal Access Agreement"). */
  name: string;
  note: string;
}

export interface AmbiguityContext {
  doc: Doc;
  /** Every known or gazetteer mention of the text, in order. */
  mentions: readonly Mention[];
  /** The name of a state, by the id a mention carries; undefined for what is not a state. */
  stateName: (entityId: string) => string | undefined;
  /** For each known entity, the ids of the entities its relations link it to (curated and drafts). */
  related: ReadonlyMap<string, readonly string[]>;
}

const list = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * Whether the known entity `known`, named at tokens first..last of this text, plausibly is another one here:
 * its name is generic, it is an agreement or event, and the states named in the same sentence or the one
 * before differ both ways from those it is linked to. Undefined when nothing says so.
 */
export function ambiguousName(
  known: Entity,
  first: number,
  last: number,
  context: AmbiguityContext,
): AmbiguousName | undefined {
  if (!GENERIC_KINDS.has(known.kind) || !isGenericName(known.name)) return undefined;
  const states = [
    ...new Set(
      (context.related.get(known.id) ?? [])
        .map((id) => context.stateName(id))
        .filter((name): name is string => name !== undefined),
    ),
  ];
  if (states.length === 0) return undefined;
  const { doc } = context;
  const sentence = doc.sentenceOf[first] ?? 0;
  const here = [
    ...new Set(
      context.mentions
        .filter((m) => {
          const s = doc.sentenceOf[m.first] ?? -1;
          return (s === sentence || s === sentence - 1) && (m.last < first || m.first > last);
        })
        .map((m) => context.stateName(m.entityId))
        .filter((name): name is string => name !== undefined),
    ),
  ];
  const newHere = here.filter((s) => !states.includes(s));
  const missingHere = states.filter((s) => !here.includes(s));
  if (newHere.length === 0 || missingHere.length === 0) return undefined;
  return {
    known,
    here,
    there: states,
    name: `${here.join('–')} ${known.name}`,
    note:
      `may be the same as "${known.name}" (${known.id}), which other sources link to ${list([...states].sort())}; ` +
      `this article names it beside ${list(here)}, so it is proposed apart: merge them if they are one`,
  };
}
