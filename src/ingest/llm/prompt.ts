// What the language model is told: the task, the contract's eight relation types with their direction, the entity
// kinds, the rule that quotes are copied character for character, and the known entities the chunk names.
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { CONTRACT_RELATION_TYPES, ENTITY_KINDS, type EntityKind, RELATION_TYPE_INFO } from '../../model.ts';

/** What each entity kind covers, as the model is told. */
const KIND_HINTS: Record<EntityKind, string> = {
  COUNTRY: 'a state or territory',
  PERSON: 'a named person (a leader, a minister, an official)',
  GROUPING: 'an intergovernmental grouping or alliance (NATO, the Quad, ASEAN)',
  ORGANIZATION: 'an organisation, agency, ministry, party, army or international body',
  COMPANY: 'a company or business',
  POLICY: 'a named strategy, law, treaty, programme or doctrine',
  EVENT: 'a named event: a summit, a meeting, an election, an exercise, a war',
  REGION: 'a region, sea or strait',
};

export interface PromptEntity {
  name: string;
  kind: EntityKind;
  aliases: readonly string[];
}

/** The instructions, the same for every chunk. */
export function systemPrompt(): string {
  const types = CONTRACT_RELATION_TYPES.map((t) => {
    const { symmetric, description } = RELATION_TYPE_INFO[t];
    const direction = symmetric ? 'either order' : 'subject -> object';
    return `- ${t} (${direction}): ${description}`;
  });
  const kinds = ENTITY_KINDS.map((k) => `- ${k}: ${KIND_HINTS[k]}`);
  return [
    'You build a knowledge graph of geopolitics from news and analysis articles.',
    'Read the text you are given and list the relations it states between actors, each backed by a quote.',
    '',
    'Relation types (use only these eight):',
    ...types,
    '',
    'Entity kinds:',
    ...kinds,
    '',
    'Rules:',
    '- "quote" is copied from the text character for character: the same words, spelling, punctuation and case, no',
    '  ellipsis, nothing added or left out. Quote the clause or sentence that states the relation, at least 20',
    '  characters, and make sure it names both entities (by name, alias, surname, capital or demonym).',
    '- State only what the text says; no relation from general knowledge, none the text denies or doubts.',
    '- "subject" and "object" are entity names from your "entities" list; for a directed type the subject is the',
    '  one that acts, worries, leads, belongs, supports or opposes.',
    '- An entity listed under "Known entities" is written exactly under its listed name; list it in "entities"',
    '  with that name and kind.',
    '- Answer with the JSON object of the schema only.',
  ].join('\n');
}

/** The request for one chunk: the known entities it names, then its text. */
export function userPrompt(chunk: string, known: readonly PromptEntity[]): string {
  const listed = known.map((e) => {
    const aliases = e.aliases.length > 0 ? `; also ${e.aliases.join(', ')}` : '';
    return `- ${e.name} (${e.kind}${aliases})`;
  });
  const knownPart = listed.length > 0 ? ['Known entities named in this text:', ...listed, ''] : [];
  return [...knownPart, 'Text:', '"""', chunk, '"""'].join('\n');
}

/** The messages of one request; `correction` says what was wrong with the previous answer to the same chunk. */
export function buildMessages(
  chunk: string,
  known: readonly PromptEntity[],
  correction?: string,
): ChatCompletionMessageParam[] {
  const messages: ChatCompletionMessageParam[] = [
    { role: 'system', content: systemPrompt() },
    { role: 'user', content: userPrompt(chunk, known) },
  ];
  if (correction) {
    messages.push({
      role: 'user',
      content: `Your previous answer could not be used: ${correction}. Answer again with the JSON object of the schema only.`,
    });
  }
  return messages;
}
