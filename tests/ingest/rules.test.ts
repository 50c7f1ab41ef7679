import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/ingest/extract.ts';
import type { RelationRule } from '../../src/ingest/rule-context.ts';
import { exportControls } from '../../src/ingest/rules/export-controls.ts';
import { headOfStateTitles } from '../../src/ingest/rules/head-of-state-titles.ts';
import { leaderAppositions } from '../../src/ingest/rules/leader-appositions.ts';
import { nameComposition } from '../../src/ingest/rules/name-composition.ts';
import { nounCues } from '../../src/ingest/rules/noun-cues.ts';
import { presidency } from '../../src/ingest/rules/presidency.ts';
import { purposeInheritance } from '../../src/ingest/rules/purpose-inheritance.ts';
import { roleNouns } from '../../src/ingest/rules/role-nouns.ts';
import { underLeader } from '../../src/ingest/rules/under-leader.ts';
import { verbCues } from '../../src/ingest/rules/verb-cues.ts';
import { findRelations, RELATION_RULES } from '../../src/ingest/rules.ts';

/** What `rules` alone find in `text`, as "TYPE from -> to", in text order. */
function found(text: string, ...rules: RelationRule[]): string[] {
  const { structure, kindOf } = analyseText(text, [], 'test');
  return findRelations(structure, kindOf, rules)
    .sort((a, b) => a.first - b.first)
    .map((r) => `${r.type} ${r.from} -> ${r.to}`);
}

describe('the rule table', () => {
  it('runs every rule, each once, the one that builds on the others last', () => {
    expect(RELATION_RULES.map((r) => r.name)).toEqual([
      'verb-cues',
      'noun-cues',
      'export-controls',
      'head-of-state-titles',
      'leader-appositions',
      'under-leader',
      'role-nouns',
      'presidency',
      'name-composition',
      'purpose-inheritance',
    ]);
  });
});

describe('verb-cues', () => {
  it('reads subject, verb and object, and turns a passive round', () => {
    expect(found('Poland supports Ukraine.', verbCues)).toEqual(['SUPPORTS poland -> ukraine']);
    expect(found('Ukraine was commended by Poland.', verbCues)).toEqual(['SUPPORTS poland -> ukraine']);
  });
  it('puts the one concerned first for an experiencer and for a causer', () => {
    expect(found('Vietnam is worried about Cambodia.', verbCues)).toEqual(['CONCERN vietnam -> cambodia']);
    expect(found('Russia threatens Moldova.', verbCues)).toEqual(['CONCERN moldova -> russia']);
  });
  it('finds nothing in a noun reading', () => {
    expect(found("Japan's support for Ukraine grew.", verbCues)).toEqual([]);
  });
  it('turns a participle after a comma round: "X, led by Y"', () => {
    expect(found('The Labour Party, led by Jane Dobbs, won.', verbCues)).toEqual(['LEADS jane-dobbs -> labour-party']);
  });
  it('pairs only the members of a coordinated subject for a joint verb', () => {
    expect(found('Chile and Peru pledged to cut tariffs.', verbCues)).toEqual(['AGREEMENT chile -> peru']);
    expect(found('Chile pledged aid to Peru.', verbCues)).toEqual([]);
  });
  it('takes a recipient only right after the verb or after "to"', () => {
    expect(found('Canada sent Estonia tanks and sent troops to Latvia.', verbCues)).toEqual([
      'SUPPORTS canada -> estonia',
      'SUPPORTS canada -> latvia',
    ]);
    expect(found('Canada is sending a signal that Estonia matters.', verbCues)).toEqual([]);
  });
  it('finds the object a relative clause points back to: "the Forum, to which X belongs"', () => {
    expect(found('The Arab League, to which Qatar belongs, met.', verbCues)).toEqual([
      'MEMBER_OF qatar -> arab-league',
    ]);
  });
  it('does not take what a relative clause after the object names', () => {
    expect(found('Kenya signed a pact under which Uganda trains police.', verbCues)).toEqual([]);
  });
});

describe('noun-cues', () => {
  it('reads a possessor and a prepositional object', () => {
    expect(found("Japan's support for Ukraine grew.", nounCues)).toEqual(['SUPPORTS japan -> ukraine']);
  });
  it('reads the subject of a copula, and "between X and Y"', () => {
    expect(found('Canada is a member of NATO.', nounCues)).toEqual(['MEMBER_OF canada -> nato']);
    expect(found('The rivalry between India and Pakistan has deepened.', nounCues)).toEqual([
      'RIVAL india -> pakistan',
    ]);
  });
  it('takes the one at risk from a causer noun', () => {
    expect(found('Iran is a threat to Israel.', nounCues)).toEqual(['CONCERN israel -> iran']);
  });
  it('takes a body named right before "member" or "ally" as its object, and an apposition as its subject', () => {
    expect(found('Norway, a NATO member, objected.', nounCues)).toEqual(['MEMBER_OF norway -> nato']);
  });
  it('reads a plural apposition: "X and Y, both allies of Z"', () => {
    expect(found('Chile and Peru, both allies of Spain, objected.', nounCues)).toEqual([
      'ALLY chile -> spain',
      'ALLY peru -> spain',
    ]);
  });
  it('reads "of which X is a member"', () => {
    expect(found('Mali left ECOWAS, of which it was a founding member.', nounCues)).toEqual([
      'MEMBER_OF mali -> economic-community-of-west-african-states',
    ]);
  });
  it('skips a noun that only modifies the next one ("treaty allies")', () => {
    expect(found('Chile and Peru, both treaty allies of Spain, objected.', nounCues)).toEqual([
      'ALLY chile -> spain',
      'ALLY peru -> spain',
    ]);
  });
});

describe('export-controls', () => {
  it('makes the one who limits exports to a country its opponent', () => {
    expect(found('The Netherlands restricted the export of chips to China.', exportControls)).toEqual([
      'OPPOSES netherlands -> china',
    ]);
  });
});

describe('head-of-state-titles', () => {
  it('takes the country from the title’s adjective or possessor, or from "of"', () => {
    expect(found('Kenyan President William Ruto spoke.', headOfStateTitles)).toEqual(['LEADS william-ruto -> kenya']);
    expect(found('Chancellor Olaf Scholz of Germany spoke.', headOfStateTitles)).toEqual([
      'LEADS olaf-scholz -> germany',
    ]);
  });
});

describe('head-of-state-titles: never a country only because it stands nearby', () => {
  it('gives a title without a country the one another mention of the person names', () => {
    const text = 'Philippine President Ferdinand Marcos met envoys. Later, President Marcos flew to Tokyo.';
    expect(found(text, headOfStateTitles)).toEqual([
      'LEADS ferdinand-marcos -> philippines',
      'LEADS ferdinand-marcos -> philippines',
    ]);
  });
  it('gives a bare title to the one country the text gives it to, unless that title has its holder already', () => {
    expect(found('The US president is in Asia. President Ruiz met him in Manila.', headOfStateTitles)).toEqual([
      'LEADS ruiz -> united-states',
    ]);
    const text = 'US President Joe Biden was in Asia. President Marcos met him in Manila on US trade.';
    expect(found(text, headOfStateTitles)).toEqual(['LEADS joe-biden -> united-states']);
  });
});

describe('leader-appositions', () => {
  it("reads a leader's title an owner gives, before or after the name", () => {
    expect(found("North Korea's leader, Kim Jong Un, spoke.", leaderAppositions)).toEqual([
      'LEADS kim-jong-un -> north-korea',
    ]);
    expect(found("Kim Jong Un, North Korea's leader, spoke.", leaderAppositions)).toEqual([
      'LEADS kim-jong-un -> north-korea',
    ]);
    expect(found("In May, Garry Conille became Haiti's prime minister.", leaderAppositions)).toEqual([
      'LEADS garry-conille -> haiti',
    ]);
    expect(found('The president of Kenya, William Ruto, spoke.', leaderAppositions)).toEqual([
      'LEADS william-ruto -> kenya',
    ]);
  });
  it('not of a former or deputy holder', () => {
    expect(found("Garry Conille, Haiti's former prime minister, spoke.", leaderAppositions)).toEqual([]);
  });
});

describe('under-leader', () => {
  it('makes a person "under" whom a country acts its leader', () => {
    expect(found('Under President Lula, Brazil rejoined the talks.', underLeader)).toEqual(['LEADS lula -> brazil']);
  });
});

describe('role-nouns', () => {
  it('makes a person after an organisation and a role noun its member, or its leader', () => {
    expect(found('The move angered Labour Party figure Jane Dobbs.', roleNouns)).toEqual([
      'MEMBER_OF jane-dobbs -> labour-party',
    ]);
    expect(found('The move angered Labour Party leader Jane Dobbs.', roleNouns)).toEqual([
      'LEADS jane-dobbs -> labour-party',
    ]);
  });
});

describe('presidency', () => {
  it("makes the holder of a grouping's presidency a member", () => {
    expect(found("Italy's G7 presidency ended.", presidency)).toEqual(['MEMBER_OF italy -> g7']);
  });
});

describe('name-composition', () => {
  it('reads the members of an alliance named by them, and the purpose a name states', () => {
    expect(found('The Brazil-Argentina alliance met.', nameComposition)).toEqual([
      'MEMBER_OF brazil -> brazil-argentina-alliance',
      'MEMBER_OF argentina -> brazil-argentina-alliance',
    ]);
    expect(found('The coalition to support Ukraine met.', nameComposition)).toEqual([
      'SUPPORTS coalition-to-support-ukraine -> ukraine',
    ]);
  });
});

describe('purpose-inheritance', () => {
  it('gives a member the purpose of the grouping it joined, after the rules that found both', () => {
    const text = 'Chile joined the coalition to support Ukraine.';
    expect(found(text, verbCues, nameComposition, purposeInheritance)).toEqual([
      'MEMBER_OF chile -> coalition-to-support-ukraine',
      'SUPPORTS chile -> ukraine',
      'SUPPORTS coalition-to-support-ukraine -> ukraine',
    ]);
    expect(found(text, purposeInheritance)).toEqual([]);
  });
});
