// Three small articles for the tiny graph that name the same new entities (Thule, the Coral Accord), and a
// deterministic stand-in for the extractor: what curating several drafts at once is tested with.
import type { Propose, SourceInput } from '../../src/data/curate.ts';
import type { ProposedItems } from '../../src/data/fit-proposal.ts';
import { normalizeName } from '../../src/data/names.ts';
import type { EntityKind, RelationType } from '../../src/model.ts';

interface Statement {
  type: RelationType;
  from: string;
  to: string;
  quote: string;
}

export interface Article {
  source: SourceInput;
  /** What the article states, its actors by name. */
  statements: Statement[];
}

/** The actors the curated tiny graph lacks, as an extractor would propose them. */
export const NEW_ACTORS: Record<string, { kind: EntityKind; aliases: string[] }> = {
  Thule: { kind: 'COUNTRY', aliases: ['Thulean Republic'] },
  'Coral Accord': { kind: 'POLICY', aliases: [] },
};

/** Every actor the articles name: the curated ones and the new. */
export const ACTORS = ['Atlantis', 'Lemuria', 'Mu', ...Object.keys(NEW_ACTORS)];

export const ARTICLES: Article[] = [
  {
    source: {
      id: 'tiny-a',
      title: 'Thule signs up',
      text: 'Atlantis and Thule signed the Coral Accord in March.\nAtlantis and Thule are now firm allies.\n',
    },
    statements: [
      {
        type: 'PARTICIPATES_IN',
        from: 'Atlantis',
        to: 'Coral Accord',
        quote: 'Atlantis and Thule signed the Coral Accord',
      },
      {
        type: 'PARTICIPATES_IN',
        from: 'Thule',
        to: 'Coral Accord',
        quote: 'Atlantis and Thule signed the Coral Accord',
      },
      { type: 'ALLY', from: 'Atlantis', to: 'Thule', quote: 'Atlantis and Thule are now firm allies' },
    ],
  },
  {
    source: {
      id: 'tiny-b',
      title: 'Lemuria joins',
      text: 'Thule and Atlantis remain close allies.\nLemuria joined the Coral Accord last spring.\n',
    },
    statements: [
      { type: 'ALLY', from: 'Thule', to: 'Atlantis', quote: 'Thule and Atlantis remain close allies' },
      { type: 'PARTICIPATES_IN', from: 'Lemuria', to: 'Coral Accord', quote: 'Lemuria joined the Coral Accord' },
    ],
  },
  {
    source: {
      id: 'tiny-c',
      title: 'Mu takes fright',
      text: 'Mu is alarmed by the Coral Accord.\nThule opposes Mu at every turn.\nAtlantis and Lemuria are close allies, as ever.\n',
    },
    statements: [
      { type: 'CONCERN', from: 'Mu', to: 'Coral Accord', quote: 'Mu is alarmed by the Coral Accord' },
      { type: 'OPPOSES', from: 'Thule', to: 'Mu', quote: 'Thule opposes Mu at every turn' },
      { type: 'ALLY', from: 'Atlantis', to: 'Lemuria', quote: 'Atlantis and Lemuria are close allies' },
    ],
  },
];

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/**
 * What an extractor proposes for `article`: an actor a known entity's name or alias names is that
 * entity (as the real extractor does); `naive` proposes every new actor whatever is known, as an
 * extractor that ignored `known` would.
 */
export function proposeFor(article: Article, { naive = false } = {}): Propose {
  return (known) => {
    const byName = new Map<string, string>();
    if (!naive) for (const e of known) for (const n of [e.id, e.name, ...e.aliases]) byName.set(normalizeName(n), e.id);
    const entities: ProposedItems['entities'] = [];
    const idOf = (name: string) => {
      const id = byName.get(normalizeName(name)) ?? (name in NEW_ACTORS ? undefined : slug(name));
      if (id) return id;
      const actor = NEW_ACTORS[name] as (typeof NEW_ACTORS)[string];
      entities.push({ id: slug(name), name, kind: actor.kind, aliases: [...actor.aliases] });
      byName.set(normalizeName(name), slug(name));
      return slug(name);
    };
    const relations = article.statements.map(({ type, from, to, quote }) => {
      const [a, b] = [idOf(from), idOf(to)];
      return {
        id: `${a}-${slug(type)}-${b}`,
        type,
        from: a,
        to: b,
        summary: `${from} ${type} ${to}.`,
        confidence: 0.9,
        evidence: [{ source: article.source.id, quote }],
      };
    });
    return { entities, relations };
  };
}
