import { describe, expect, it } from 'vitest';
import { RESPONSE_FORMAT, readAnswer } from '../../src/ingest/llm/schema.ts';
import { CONTRACT_RELATION_TYPES, ENTITY_KINDS } from '../../src/model.ts';

describe('RESPONSE_FORMAT', () => {
  it('is a strict JSON schema with the kinds and the contract types as enums', () => {
    const format = JSON.parse(JSON.stringify(RESPONSE_FORMAT));
    expect(format.type).toBe('json_schema');
    expect(format.json_schema.name).toBe('knowledge_graph_extraction');
    expect(format.json_schema.strict).toBe(true);
    const { entities, relations } = format.json_schema.schema.properties;
    expect(entities.items.properties.kind.enum).toEqual([...ENTITY_KINDS]);
    expect(entities.items.required).toEqual(['name', 'kind', 'aliases']);
    expect(relations.items.properties.type.enum).toEqual([...CONTRACT_RELATION_TYPES]);
    expect(relations.items.required).toEqual(['quote', 'subject', 'type', 'object', 'confidence']);
    expect(relations.items.properties.confidence).toMatchObject({ type: 'number', minimum: 0, maximum: 1 });
    expect(relations.items.additionalProperties).toBe(false);
  });
});

describe('readAnswer', () => {
  const relation = {
    quote: 'Japan and China are rivals',
    subject: 'Japan',
    type: 'RIVAL',
    object: 'China',
    confidence: 1,
  };

  it('reads an answer of the schema, leaving a wrong type or kind for the gate', () => {
    const answer = {
      entities: [{ name: 'Japan', kind: 'NATION', aliases: [] }],
      relations: [{ ...relation, type: 'FRIEND', confidence: 1.5 }],
    };
    expect(readAnswer(JSON.stringify(answer))).toEqual({ answer });
  });

  it.each([
    ['{"entities": [', 'stop', 'the answer is not JSON (Unexpected end of JSON input)'],
    ['', 'stop', 'the answer was empty'],
    [
      '{"entities": []}',
      'stop',
      'the answer is not of the schema: relations: Invalid input: expected array, received undefined',
    ],
    [
      JSON.stringify({ entities: [], relations: [{ ...relation, quote: 3 }] }),
      'stop',
      'the answer is not of the schema: relations.0.quote: Invalid input: expected string, received number',
    ],
    [
      '{"entities": [], "relations": []}',
      'length',
      'the answer was cut short at the token limit (finish_reason length)',
    ],
  ])('says what is wrong with %j (%s)', (content, finish, problem) => {
    expect(readAnswer(content, finish)).toEqual({ problem });
  });
});
