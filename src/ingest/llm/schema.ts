// The answer asked of the language model, as a zod schema: sent as a strict JSON schema, read back with the
// same shape, a wrong relation type or entity kind left for the gate to drop rather than failing the answer.
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';
import { CONTRACT_RELATION_TYPES, ENTITY_KINDS } from '../../model.ts';

/** The name the schema is sent under. */
export const ANSWER_SCHEMA_NAME = 'knowledge_graph_extraction';

function answerSchema<K extends z.ZodType<string>, T extends z.ZodType<string>, C extends z.ZodType<number>>(
  kind: K,
  type: T,
  confidence: C,
) {
  return z.object({
    entities: z
      .array(
        z.object({
          name: z.string().describe('The name as the text writes it most fully, or as the known entity is listed'),
          kind: kind.describe('What the entity is'),
          aliases: z.array(z.string()).describe('Other names the text uses for it: acronyms, short forms'),
        }),
      )
      .describe('Every actor a relation names, known ones under their listed names'),
    relations: z
      .array(
        z.object({
          quote: z.string().describe('The clause or sentence stating the relation, copied character for character'),
          subject: z.string().describe('The name of the first entity (the subject of a directed type)'),
          type: type.describe('One of the relation types'),
          object: z.string().describe('The name of the second entity (the object of a directed type)'),
          confidence: confidence.describe('0 to 1: 1 where the text states it outright'),
        }),
      )
      .describe('Every relation the text states between two of the entities'),
  });
}

/** What is asked for: kinds, types and the confidence range as enums and bounds the server may enforce. */
export const ANSWER_SCHEMA = answerSchema(
  z.enum(ENTITY_KINDS),
  z.enum(CONTRACT_RELATION_TYPES as [string, ...string[]]),
  z.number().min(0).max(1),
);

/** What is accepted: the same shape, with any kind, type or number, which the gate and the merge judge. */
export const ANSWER_READER = answerSchema(z.string(), z.string(), z.number());

export type LlmAnswer = z.infer<typeof ANSWER_READER>;

/** The `response_format` of every request: `{ type: 'json_schema', json_schema: { name, strict: true, schema } }`. */
export const RESPONSE_FORMAT = zodResponseFormat(ANSWER_SCHEMA, ANSWER_SCHEMA_NAME);

/** The answer in `content`, or what is wrong with it (not JSON, not of the schema, cut short). */
export function readAnswer(
  content: string | null | undefined,
  finishReason?: string,
): { answer: LlmAnswer } | { problem: string } {
  if (finishReason === 'length')
    return { problem: 'the answer was cut short at the token limit (finish_reason length)' };
  if (!content) return { problem: 'the answer was empty' };
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    return { problem: `the answer is not JSON (${(error as Error).message})` };
  }
  const parsed = ANSWER_READER.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the answer';
    return { problem: `the answer is not of the schema: ${where}: ${issue?.message ?? 'invalid'}` };
  }
  return { answer: parsed.data };
}
