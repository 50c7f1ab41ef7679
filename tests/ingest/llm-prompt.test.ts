import { describe, expect, it } from 'vitest';
import { buildMessages, systemPrompt, userPrompt } from '../../src/ingest/llm/prompt.ts';

describe('systemPrompt', () => {
  const prompt = systemPrompt();

  it('lists the eight contract types with their direction and meaning, and no other', () => {
    expect(prompt).toContain('- ALLY (either order): A formal or declared alliance');
    expect(prompt).toContain('- CONCERN (subject -> object): The subject worries about, or sees a risk in, the object');
    expect(prompt).toContain('- LEADS (subject -> object): The subject person leads');
    const listed = [...prompt.matchAll(/^- ([A-Z_]+) \((?:either order|subject -> object)\)/gm)].map((m) => m[1]);
    expect(listed).toEqual(['ALLY', 'RIVAL', 'AGREEMENT', 'CONCERN', 'MEMBER_OF', 'LEADS', 'SUPPORTS', 'OPPOSES']);
  });

  it('lists the entity kinds and asks for quotes copied character for character', () => {
    const kinds = [...prompt.matchAll(/^- ([A-Z]+): /gm)].map((m) => m[1]);
    expect(kinds).toEqual(['COUNTRY', 'PERSON', 'GROUPING', 'ORGANIZATION', 'COMPANY', 'POLICY', 'EVENT', 'REGION']);
    expect(prompt).toContain('"quote" is copied from the text character for character');
  });
});

describe('userPrompt and buildMessages', () => {
  it('lists the known entities with their aliases before the text', () => {
    const known = [{ name: 'United States', kind: 'COUNTRY' as const, aliases: ['US', 'America'] }];
    expect(userPrompt('Some text.', known)).toBe(
      'Known entities named in this text:\n- United States (COUNTRY; also US, America)\n\nText:\n"""\nSome text.\n"""',
    );
    expect(userPrompt('Some text.', [])).toBe('Text:\n"""\nSome text.\n"""');
  });

  it('adds what was wrong with the previous answer', () => {
    expect(buildMessages('T.', [], 'the answer was empty')).toEqual([
      { role: 'system', content: systemPrompt() },
      { role: 'user', content: 'Text:\n"""\nT.\n"""' },
      {
        role: 'user',
        content:
          'Your previous answer could not be used: the answer was empty. Answer again with the JSON object of the schema only.',
      },
    ]);
  });
});
