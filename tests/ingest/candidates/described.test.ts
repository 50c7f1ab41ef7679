import { describe, expect, it } from 'vitest';
import { aliasesOf, proposed } from './propose.ts';

describe('descriptive names', () => {
  it('takes an event dated by a year, a month or an anniversary', () => {
    expect(proposed('Voters go to the polls in the 2026 municipal elections.')).toEqual([
      'EVENT 2026 municipal elections',
    ]);
    expect(proposed('Before the March 2027 presidential election, parties campaigned.')).toEqual([
      'EVENT March 2027 presidential election',
    ]);
    expect(proposed("The count after November's general election was slow.")).toEqual([
      "EVENT November's general election",
    ]);
    expect(proposed("Leaders gathered for the alliance's 80th-anniversary summit.")).toEqual([
      'EVENT 80th-anniversary summit',
    ]);
  });

  it('takes no description after "a" or a possessive pronoun', () => {
    expect(proposed('Officials unveiled a new security plan.')).toEqual([]);
    expect(proposed("It was their first leaders' meeting.")).toEqual([]);
    expect(proposed('The border talks stalled.')).toEqual([]);
  });

  it('takes a plan named by several words', () => {
    expect(proposed('The cabinet approved the third-party compensation plan.')).toEqual([
      'POLICY third-party compensation plan',
    ]);
  });

  it('takes an agreement or an exercise named after a place or a name, not after a country', () => {
    expect(proposed('The Lisbon agreement held. The India agreement did not. The agreement was signed.')).toEqual([
      'COUNTRY Portugal',
      'COUNTRY India',
      'POLICY Lisbon agreement',
    ]);
    expect(proposed('Troops joined the annual Cobra Gold exercise.')).toEqual(['EVENT Cobra Gold exercise']);
    expect(proposed('The truce ended the 2006 Lebanon war.')).toEqual(['COUNTRY Lebanon', 'EVENT 2006 Lebanon war']);
  });

  it('names a programme by its own name, with the head as an alias', () => {
    expect(proposed('Exports grew under its “Grow Local” programme.')).toEqual(['POLICY Grow Local']);
    expect(aliasesOf('Exports grew under its Digital Silk Road programme.', 'Digital Silk Road')).toEqual([
      'Digital Silk Road programme',
    ]);
  });

  it('does not read a verb as a head ("ministers meeting", "the region talks")', () => {
    expect(proposed('Ministers meeting in the capital agreed. The region talks too much.')).toEqual([]);
  });
});
