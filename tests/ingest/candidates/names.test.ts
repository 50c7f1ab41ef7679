import { describe, expect, it } from 'vitest';
import { proposed } from './propose.ts';

describe('capitalised names', () => {
  it('runs a name on through "of the", "by" and "and" inside its complement', () => {
    expect(proposed('She cited the Treaty on the Prohibition of Nuclear Weapons.')).toEqual([
      'POLICY Treaty on the Prohibition of Nuclear Weapons',
    ]);
    expect(proposed('He studied at the Institute for Peace and Conflict Studies.')).toEqual([
      'ORGANIZATION Institute for Peace and Conflict Studies',
    ]);
    expect(proposed('Aid came from the Fund for Victims of Famine by Foreign Invasion.')).toEqual([
      'ORGANIZATION Fund for Victims of Famine by Foreign Invasion',
    ]);
  });

  it('joins a place and an organisation\'s name by "and" ("Black Sea and Caspian Research Centre")', () => {
    expect(proposed('He works at the Black Sea and Caspian Research Centre.')).toEqual([
      'ORGANIZATION Black Sea and Caspian Research Centre',
    ]);
  });

  it('knows missions, fleets and routes by their heads, and a mission by its place', () => {
    expect(
      proposed('The United Nations Mission in Liberia left. Ships of the Baltic Fleet used the Arctic Route.'),
    ).toEqual([
      'ORGANIZATION United Nations',
      'COUNTRY Liberia',
      'ORGANIZATION United Nations Mission in Liberia',
      'ORGANIZATION Baltic Fleet',
      'REGION Arctic Route',
    ]);
  });

  it('reads the head before the complement: "Ministry of Energy" is no company', () => {
    expect(proposed('The Ministry of Energy said so.')).toEqual(['ORGANIZATION Ministry of Energy']);
  });

  it('runs a title-case name over its possessives and function words, not over a named owner', () => {
    expect(proposed("The Senate passed the Protecting America's Ports From Foreign Control Act.")).toEqual([
      'COUNTRY United States',
      "POLICY Protecting America's Ports From Foreign Control Act",
    ]);
    expect(proposed("Jacinda Rowe's Green Party won the vote.")).toEqual([
      'PERSON Jacinda Rowe',
      'ORGANIZATION Green Party',
    ]);
  });

  it('takes a bare head with its year or number, apart from the body that issues it ("Resolution 2334")', () => {
    expect(proposed('The plan is called Vision 2040 by officials.')).toEqual(['POLICY Vision 2040']);
    expect(proposed('Since World War II, borders have held.')).toEqual(['EVENT World War II']);
    expect(proposed('Both sides cite the 1992 Consensus.')).toEqual(['POLICY 1992 Consensus']);
    expect(proposed('They invoked Security Council Resolution 2334.')).toEqual([
      'ORGANIZATION UN Security Council',
      'POLICY Resolution 2334',
    ]);
    expect(proposed('Congress passed the Taiwan Relations Act.')).toEqual([
      'COUNTRY Taiwan',
      'POLICY Taiwan Relations Act',
      'ORGANIZATION Congress',
    ]);
  });

  it('takes an English word opening a sentence into a name its head ends', () => {
    expect(proposed('Supreme Court judges ruled. Since World War II, borders have held.')).toEqual([
      'ORGANIZATION Supreme Court',
      'EVENT World War II',
    ]);
  });

  it('does not take an event or a place that only describes a noun ("a Cold War mindset")', () => {
    expect(proposed('Officials displayed a Cold War mindset.')).toEqual([]);
  });

  it('does not take the words before a title for a name ("Brazilian Energy Minister")', () => {
    expect(proposed('Brazilian Energy Minister Paulo Ramos spoke.')).toEqual(['PERSON Paulo Ramos']);
    expect(proposed('On Monday, Foreign Ministry Spokesperson Lin Jian spoke.')).toEqual([
      'PERSON Lin Jian',
      'ORGANIZATION Foreign Ministry',
    ]);
  });
});
