import { describe, expect, it } from 'vitest';
import { aliasesOf, proposed } from './propose.ts';

describe('titled persons', () => {
  it('keeps the particles of a name ("bin", "al-") and an initial ("K.")', () => {
    expect(
      proposed('The talks were led by Crown Prince Abdullah bin Zayed and by the cleric Yusuf al-Qaradawi.'),
    ).toEqual(['PERSON Abdullah bin Zayed', 'PERSON Yusuf al-Qaradawi']);
    expect(proposed('Foreign Minister K. Subrahmanyam arrived on Monday.')).toEqual(['PERSON K. Subrahmanyam']);
  });

  it('reads military ranks and a title in apposition ("its Prime Minister, X,")', () => {
    expect(proposed('Colonel Ibra Kone seized power.')).toEqual(['PERSON Ibra Kone']);
    expect(proposed("The island's Prime Minister, Tevita Lolo, resigned.")).toEqual(['PERSON Tevita Lolo']);
  });

  it('takes name words that are also other words: a month, a function word, a title', () => {
    expect(proposed('Prime Minister Theresa May met reporters in May 2018.')).toEqual(['PERSON Theresa May']);
    expect(proposed('General Secretary To Hoang visited the capital.')).toEqual(['PERSON To Hoang']);
    expect(proposed('President Abdi Sheikh Nur spoke.')).toEqual(['PERSON Abdi Sheikh Nur']);
    expect(proposed("The region's leader, Abdi Sheikh Nur, spoke.")).toEqual(['PERSON Abdi Sheikh Nur']);
  });

  it('does not take the portfolio before a title for a name ("Home Affairs Minister")', () => {
    expect(proposed('Home Affairs Minister Rina Sato spoke.')).toEqual(['PERSON Rina Sato']);
    expect(aliasesOf('Home Affairs Minister Rina Sato spoke.', 'Rina Sato')).toEqual(['Minister Rina Sato']);
  });

  it('does not read a title word opening another name as a title ("the General ... Agreement")', () => {
    expect(proposed('He praised the General Framework for Maritime Cooperation Agreement.')).toEqual([
      'POLICY General Framework for Maritime Cooperation Agreement',
    ]);
  });
});

describe('names the context gives to a person', () => {
  it('takes English words for a name when a role stands in apposition to it', () => {
    expect(proposed('The ambassador, Lucas Stone, left early.')).toEqual(['PERSON Lucas Stone']);
    expect(proposed('Yesterday Lucas Stone left early.')).toEqual([]);
  });

  it('takes a name opening a sentence when it is said to hold a role', () => {
    expect(proposed('Tariq Noon is a research fellow at the Lahore Policy Institute.')).toEqual([
      'PERSON Tariq Noon',
      'ORGANIZATION Lahore Policy Institute',
    ]);
  });

  it('takes a name with a hyphenated given name, and two names joined by "and" as two', () => {
    expect(proposed('Relations improved under Park Ji-hoon and Choi Min-seo.')).toEqual([
      'PERSON Park Ji-hoon',
      'PERSON Choi Min-seo',
    ]);
  });
});
