// The GraphQL enums, made from the domain vocabulary in src/model.ts.
import { ENTITY_KINDS, RELATION_TYPE_INFO, RELATION_TYPES } from '../model.ts';
import { builder } from './builder.ts';

const KIND_DESCRIPTIONS: Partial<Record<(typeof ENTITY_KINDS)[number], string>> = {
  GROUPING: 'A multilateral grouping or forum: the Quad, the G7.',
  ORGANIZATION: 'A government body, party, institute or other organization.',
  POLICY: 'A strategy, law, programme or other policy document.',
  EVENT: 'An election, a summit, a meeting.',
};

export const RelationTypeEnum = builder.enumType('RelationType', {
  values: Object.fromEntries(
    RELATION_TYPES.map((t) => [t, { value: t, description: RELATION_TYPE_INFO[t].description }]),
  ),
});

export const EntityKindEnum = builder.enumType('EntityKind', {
  values: Object.fromEntries(ENTITY_KINDS.map((k) => [k, { value: k, description: KIND_DESCRIPTIONS[k] }])),
});

export const DirectionEnum = builder.enumType('Direction', {
  description: 'Which way a relation may be walked. Symmetric relations can always be walked both ways.',
  values: {
    OUT: { value: 'OUT', description: 'From subject to object.' },
    IN: { value: 'IN', description: 'From object to subject.' },
    ANY: { value: 'ANY', description: 'Either way.' },
  } as const,
});
