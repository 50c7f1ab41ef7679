import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/ingest/extract.ts';
import type { RelationRule } from '../../src/ingest/rule-context.ts';
import { appositions } from '../../src/ingest/rules/appositions.ts';
import { diplomaticTies } from '../../src/ingest/rules/diplomatic-ties.ts';
import { exportControls } from '../../src/ingest/rules/export-controls.ts';
import { headOfStateTitles } from '../../src/ingest/rules/head-of-state-titles.ts';
import { leaderAppositions } from '../../src/ingest/rules/leader-appositions.ts';
import { leaderContext } from '../../src/ingest/rules/leader-context.ts';
import { leadersForStates } from '../../src/ingest/rules/leaders-for-states.ts';
import { nameComposition } from '../../src/ingest/rules/name-composition.ts';
import { nounCues } from '../../src/ingest/rules/noun-cues.ts';
import { partyPeople } from '../../src/ingest/rules/party-people.ts';
import { presidency } from '../../src/ingest/rules/presidency.ts';
import { priorities } from '../../src/ingest/rules/priorities.ts';
import { purposeInheritance } from '../../src/ingest/rules/purpose-inheritance.ts';
import { responses } from '../../src/ingest/rules/responses.ts';
import { roleNouns } from '../../src/ingest/rules/role-nouns.ts';
import { takingPower } from '../../src/ingest/rules/taking-power.ts';
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
      'diplomatic-ties',
      'priorities',
      'responses',
      'appositions',
      'head-of-state-titles',
      'leader-appositions',
      'leader-context',
      'taking-power',
      'under-leader',
      'role-nouns',
      'party-people',
      'presidency',
      'name-composition',
      'purpose-inheritance',
      'leaders-for-states',
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
  it('does not take a place where something happened as its object ("signed it in Lima")', () => {
    expect(found('Chile signed the agreement in Lima.', verbCues)).toEqual([]);
    expect(found('Chile signed the agreement with Peru in Quito.', verbCues)).toEqual(['AGREEMENT chile -> peru']);
  });
  it('does not take what a relative clause after the object names', () => {
    expect(found('Kenya signed a pact under which Uganda trains police.', verbCues)).toEqual([]);
    expect(found('Kenya signed the Nairobi Pact, under which Uganda will help.', verbCues)).toEqual([]);
  });
  it('reads the subject of a relative clause after a description in apposition', () => {
    const text = 'Ana Ruiz, a former Chilean president who has led the Andean Council since 2019, spoke.';
    expect(found(text, verbCues)).toEqual(['LEADS ana-ruiz -> andean-council']);
  });
  it('reads the object of an object relative: "X, which Y hailed", "X, ... and which Y joined"', () => {
    expect(found('The Andes Accord, which Chile hailed, took effect.', verbCues)).toEqual([
      'SUPPORTS chile -> andes-accord',
    ]);
    expect(found('Mercosur, the bloc Chile formed with Peru and which Bolivia joined later, met.', verbCues)).toEqual([
      'MEMBER_OF bolivia -> mercosur',
    ]);
  });
  it('leaves what follows "to" and a verb to that verb: "agreed to pay X"', () => {
    expect(found('Chile agreed to pay Peru.', verbCues)).toEqual([]);
    expect(found('Chile agreed with Peru.', verbCues)).toEqual(['AGREEMENT chile -> peru']);
  });
  it('reads a second object after the same preposition, past commas and dates', () => {
    expect(found('Chile signed a pact with Peru, in 2020, and with Ecuador, in 2021.', verbCues)).toEqual([
      'AGREEMENT chile -> peru',
      'AGREEMENT chile -> ecuador',
    ]);
  });
  it('gives companions named after the object the subject’s part: "with", "alongside"', () => {
    expect(found('Chile belongs to Mercosur with Peru.', verbCues)).toEqual([
      'MEMBER_OF chile -> mercosur',
      'MEMBER_OF peru -> mercosur',
    ]);
  });
  it('gives an infinitive in a verbless aside the subject of the clause before', () => {
    expect(found('Chile opened an embassy in Lima, as part of an effort to counter Bolivia.', verbCues)).toEqual([
      'OPPOSES chile -> bolivia',
    ]);
  });
  it('gives a participle after a comma the subject of the sentence', () => {
    expect(found('Chile condemned Peru, accusing Bolivia of meddling.', verbCues)).toEqual([
      'OPPOSES chile -> peru',
      'OPPOSES chile -> bolivia',
    ]);
  });
  it('reads the supply, investment and brokering verbs with their recipients', () => {
    expect(found('Spain is to sell Morocco two frigates.', verbCues)).toEqual(['SUPPORTS spain -> morocco']);
    expect(found('Chile agreed to invest in Peru.', verbCues)).toEqual(['SUPPORTS chile -> peru']);
    expect(found('Algeria brokered the Bamako Accord.', verbCues)).toEqual(['SUPPORTS algeria -> bamako-accord']);
  });
  it('reads revoking, blaming, questioning, restricting and recalling envoys as opposition', () => {
    expect(found('Niger revoked its defence agreement with France.', verbCues)).toEqual(['OPPOSES niger -> france']);
    expect(found('Riyadh blamed the attack on Iran.', verbCues)).toEqual(['OPPOSES saudi-arabia -> iran']);
    expect(found('President Trump questioned the value of NATO.', verbCues)).toEqual(['OPPOSES trump -> nato']);
    expect(found('China is large. India restricted Chinese investment.', verbCues)).toEqual(['OPPOSES india -> china']);
    expect(found('Spain recalled its ambassador from Rabat.', verbCues)).toEqual(['OPPOSES spain -> morocco']);
  });
  it('takes the object of a preposition-only verb only after its preposition', () => {
    expect(found('The Arab League intervened in Yemen in 2015 against the Houthis.', verbCues)).toEqual([
      'OPPOSES arab-league -> houthis',
    ]);
  });
  it('reads an adjective as a cue only after a linking verb', () => {
    expect(found('Chile is deeply concerned about Peru.', verbCues)).toEqual(['CONCERN chile -> peru']);
    expect(found('Chile signed the Andes Pact. It concerned only trade with Peru.', verbCues)).toEqual([]);
  });
  it('does not take a name inside "the idea of" as an object', () => {
    expect(found('Chile promoted the idea of the Pacific as a zone of peace.', verbCues)).toEqual([]);
    expect(found('Chile promoted the Pacific Charter.', verbCues)).toEqual(['SUPPORTS chile -> pacific-charter']);
  });
  it('gives subjects that echo a clause its relation: "and so did X", "as did X"', () => {
    expect(found('Chile welcomed the Andes Pact, and so did Peru.', verbCues)).toEqual([
      'SUPPORTS chile -> andes-pact',
      'SUPPORTS peru -> andes-pact',
    ]);
    expect(found('Chile criticised Bolivia, as did Peru.', verbCues)).toEqual([
      'OPPOSES chile -> bolivia',
      'OPPOSES peru -> bolivia',
    ]);
  });
  it('reads ruling as leading, and states leading a grouping as its members', () => {
    expect(found('Pedro Ruiz, who has ruled Bolivia since 1993, spoke.', verbCues)).toEqual([
      'LEADS pedro-ruiz -> bolivia',
    ]);
    expect(found('Peru joined Mercosur, the southern trade bloc led by Brazil and Argentina.', verbCues)).toEqual([
      'MEMBER_OF peru -> mercosur',
      'MEMBER_OF brazil -> mercosur',
      'MEMBER_OF argentina -> mercosur',
    ]);
  });
  it('reads designating, firing at and killing as opposition, and campaigning for as support', () => {
    expect(found('The United States designated the Houthis a terrorist group.', verbCues)).toEqual([
      'OPPOSES united-states -> houthis',
    ]);
    expect(found('Iran fired missiles at Israel.', verbCues)).toEqual(['OPPOSES iran -> israel']);
    expect(found('Ana Gil campaigned for Palestine.', verbCues)).toEqual(['SUPPORTS ana-gil -> palestine']);
  });
  it('reads companions right after the verb: "sit alongside X in Y"', () => {
    expect(found('Chile and Peru sit alongside Bolivia in Mercosur.', verbCues)).toEqual([
      'MEMBER_OF chile -> mercosur',
      'MEMBER_OF peru -> mercosur',
      'MEMBER_OF bolivia -> mercosur',
    ]);
  });
  it('takes the doer of a subject noun from the name that modifies its head, past a prepositional phrase', () => {
    const text = "Israel struck back. An Israeli air strike on Beirut's suburbs killed Ana Gil.";
    expect(found(text, verbCues)).toEqual(['OPPOSES israel -> ana-gil']);
  });
  it('reads a deed done to "each other" as rivals', () => {
    expect(found("Chile and Peru have expelled each other's diplomats.", verbCues)).toEqual(['RIVAL chile -> peru']);
  });
  it('reads mobilising a body as backing it', () => {
    expect(found('Chile mobilised the Andean Council.', verbCues)).toEqual(['SUPPORTS chile -> andean-council']);
  });
  it('leaves what a comparison names out of the object: "more than X"', () => {
    expect(found('Peru hurt Bolivia more than Ecuador.', verbCues)).toEqual(['CONCERN bolivia -> peru']);
  });
  it('gives a verb joined to a relative clause by a bare "and" that clause’s subject', () => {
    expect(found("Peru signed a pact under which Chile will help fund and train Bolivia's police.", verbCues)).toEqual([
      'SUPPORTS chile -> bolivia',
    ]);
  });
  it('reads a possessor across a number: "Its 18 members include"', () => {
    expect(found('Mercosur met in May. Its 18 members include Chile and Peru.', verbCues)).toEqual([
      'MEMBER_OF chile -> mercosur',
      'MEMBER_OF peru -> mercosur',
    ]);
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
  it('gives a singular apposition to the nearest name only, a plural one to the whole list', () => {
    expect(found('Peru, Chile and Norway, a NATO member, objected.', nounCues)).toEqual(['MEMBER_OF norway -> nato']);
  });
  it('reads "one of the allies of Y", "locked in a dispute" and a second apposition', () => {
    expect(found('Palau is one of the few remaining allies of Taiwan.', nounCues)).toEqual(['ALLY palau -> taiwan']);
    expect(found('Peru and Chile remain locked in a bitter dispute.', nounCues)).toEqual(['RIVAL peru -> chile']);
    expect(found('Ana Ruiz, a former president and a close ally of Pedro Gil, spoke.', nounCues)).toEqual([
      'ALLY ana-ruiz -> pedro-gil',
    ]);
  });
  it('reads the preposition after a date, a second object and companions', () => {
    expect(found('Chile voiced concern in 2022 about Bolivia.', nounCues)).toEqual(['CONCERN chile -> bolivia']);
    expect(found('Brazil imposed sanctions on Cuba in May 2021 and on Iran after the vote.', nounCues)).toEqual([
      'OPPOSES brazil -> cuba',
      'OPPOSES brazil -> iran',
    ]);
    expect(found('Chile is a member of Mercosur, alongside Peru and Ecuador.', nounCues)).toEqual([
      'MEMBER_OF chile -> mercosur',
      'MEMBER_OF peru -> mercosur',
      'MEMBER_OF ecuador -> mercosur',
    ]);
  });
  it('reads strikes, arrangements, owned partnerships and an official’s body', () => {
    expect(found('The United States and Britain launched strikes on Houthi targets.', nounCues)).toEqual([
      'OPPOSES united-states -> houthis',
      'OPPOSES united-kingdom -> houthis',
    ]);
    expect(found('Peru signed an arrangement with Chile in 2012.', nounCues)).toEqual(['AGREEMENT peru -> chile']);
    expect(found("Peru's security rests on its partnership with the United States.", nounCues)).toEqual([
      'ALLY peru -> united-states',
    ]);
    expect(found("Ali Reza, then secretary of Iran's Supreme Council, spoke.", nounCues)).toEqual([
      'MEMBER_OF ali-reza -> supreme-council',
    ]);
  });
  it('pairs a coordinated subject of a war only when the war is theirs', () => {
    expect(found('Chile and Peru fought a war in 1879.', nounCues)).toEqual(['RIVAL chile -> peru']);
    expect(found('Chile and Peru are fuelling the war.', nounCues)).toEqual([]);
  });
  it('reads ceasefires, affiliates, critics and tariffs', () => {
    expect(found('The ceasefire between Israel and Hezbollah held.', nounCues)).toEqual([
      'AGREEMENT israel -> hezbollah',
    ]);
    expect(found('Al-Shabaab, the al-Qaeda affiliate, attacked.', nounCues)).toEqual([
      'MEMBER_OF al-shabaab -> al-qaeda',
    ]);
    expect(found('Ana Gil is a fierce critic of Pedro Ruiz.', nounCues)).toEqual(['OPPOSES ana-gil -> pedro-ruiz']);
    expect(found('Chile raised its tariff on Chinese cars. China objected.', nounCues)).toEqual([
      'OPPOSES chile -> china',
    ]);
  });
  it('reads "the war in X between A and B", and a name that ends in a cue noun', () => {
    expect(found('The war in Tigray between Ethiopia and the TPLF ended in 2022.', nounCues)).toEqual([
      'RIVAL ethiopia -> tplf',
    ]);
    expect(found("Since Russia's full-scale invasion of Ukraine in 2022, prices rose.", nounCues)).toEqual([
      'RIVAL russia -> ukraine',
    ]);
  });
  it('makes the source of support named after "from" or after "relied on the support of" the supporter', () => {
    const text = 'In Washington the Andes Pact has enjoyed rare support from both parties in Congress.';
    expect(found(text, nounCues)).toEqual(['SUPPORTS congress -> andes-pact']);
    const relied = 'The Liberal Party relied until September on the support of the New Democratic Party.';
    expect(found(relied, nounCues)).toEqual(['SUPPORTS new-democratic-party -> liberal-party']);
  });
  it('reads a threat "from" a source to the names a sentence opens with after "For"', () => {
    const text = 'For Chile and Peru, both allies of Spain, the threat from Bolivia is no longer abstract.';
    expect(found(text, nounCues)).toEqual([
      'ALLY chile -> spain',
      'CONCERN chile -> bolivia',
      'ALLY peru -> spain',
      'CONCERN peru -> bolivia',
    ]);
  });
  it('reads "concern that" with the complement’s subject as the object', () => {
    expect(found('Indonesia voiced concern that Australia could fuel an arms race.', nounCues)).toEqual([
      'CONCERN indonesia -> australia',
    ]);
  });
  it('reads a supporter or defender as backing what the possessor names, and disappointment as opposition', () => {
    expect(found("Ana Gil has been among Peru's most outspoken defenders.", nounCues)).toEqual([
      'SUPPORTS ana-gil -> peru',
    ]);
    expect(found("The State Department expressed disappointment with Peru's decision.", nounCues)).toEqual([
      'OPPOSES state-department -> peru',
    ]);
  });
  it('reads an owned ally in apposition, past a noun the tagger misreads: "X, its only treaty ally"', () => {
    const text =
      'For Manila, the pact is the latest in a series of moves to widen its circle of partners beyond the United States, its only treaty ally.';
    expect(found(text, nounCues)).toEqual(['ALLY united-states -> philippines']);
  });
  it('reads a close relationship as an alliance, but not any relationship', () => {
    const text = 'President Ana Gil built a close personal relationship with President Pedro Ruiz.';
    expect(found(text, nounCues)).toEqual(['ALLY ana-gil -> pedro-ruiz']);
    expect(found("Chile's relationship with Peru is old.", nounCues)).toEqual([]);
  });
  it('pairs the owners of "their partnership", and needs a copula for "X’s partners"', () => {
    const text = 'Chile and Peru met. The two countries reaffirmed their strategic partnership.';
    expect(found(text, nounCues)).toEqual(['ALLY chile -> peru']);
    expect(found("China tried to persuade Taiwan's partners.", nounCues)).toEqual([]);
  });
  it('reads "of which" inside a description in apposition', () => {
    expect(found('Chile left Mercosur, the bloc of which it was a founding member.', nounCues)).toEqual([
      'MEMBER_OF chile -> mercosur',
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

describe('head-of-state-titles: titles in apposition hold a country’s title too', () => {
  it('does not give a bare title to a country whose title another person holds in apposition', () => {
    const text = "Justin Trudeau, Canada's prime minister, spoke. Later Prime Minister Narendra Modi replied.";
    expect(found(text, headOfStateTitles)).toEqual([]);
  });
});

describe('head-of-state-titles: a country’s possessive before a person titled elsewhere', () => {
  it('makes "Peru’s Ana Gil" Peru’s leader when another mention titles her', () => {
    const text = "Prime Minister Ana Gil met the press. Later, Peru's Ana Gil spoke.";
    expect(found(text, headOfStateTitles)).toEqual(['LEADS ana-gil -> peru']);
  });
});

describe('diplomatic-ties', () => {
  it('reads restored, normalised and established ties as agreements', () => {
    expect(found('Chile and Peru restored diplomatic relations in May.', diplomaticTies)).toEqual([
      'AGREEMENT chile -> peru',
    ]);
    expect(found('The 1965 treaty normalised ties between Chile and Peru.', diplomaticTies)).toEqual([
      'AGREEMENT chile -> peru',
    ]);
    expect(found('Chile established relations with Peru.', diplomaticTies)).toEqual(['AGREEMENT chile -> peru']);
  });
  it('reads switching recognition to a state as an agreement with it, from a state only', () => {
    expect(found('Chile switched recognition from Taiwan to Beijing.', diplomaticTies)).toEqual([
      'AGREEMENT chile -> china',
    ]);
    expect(found('The candidate Ana Gil proposed switching to Beijing.', diplomaticTies)).toEqual([]);
  });
  it('reads being closely tied to someone, for a plural description, as alliance', () => {
    const text =
      'Chile, Peru and Bolivia recognise Taiwan. In the Andes, the three remaining allies are all closely tied to the United States.';
    expect(found(text, diplomaticTies)).toEqual([
      'ALLY chile -> united-states',
      'ALLY peru -> united-states',
      'ALLY bolivia -> united-states',
    ]);
  });
  it('reads making peace with someone as an agreement', () => {
    expect(found('Ana Gil made peace with Peru in 2018.', diplomaticTies)).toEqual(['AGREEMENT ana-gil -> peru']);
  });
  it('reads "at odds" as rivals, "bound to" as allies and "bound by a treaty" as an agreement', () => {
    expect(found('Chile has been at odds with Peru for years.', diplomaticTies)).toEqual(['RIVAL chile -> peru']);
    expect(found('Chile and Peru are at odds.', diplomaticTies)).toEqual(['RIVAL chile -> peru']);
    expect(found('Chile and Peru have bound themselves ever more tightly to Russia.', diplomaticTies)).toEqual([
      'ALLY chile -> russia',
      'ALLY peru -> russia',
    ]);
    const text =
      'Manila looks beyond the United States, its only treaty ally, to which it has been bound by a Mutual Defense Treaty since 1951.';
    expect(found(text, diplomaticTies)).toEqual(['AGREEMENT philippines -> united-states']);
  });
});

describe('taking-power', () => {
  it('makes a person who seizes power in, takes over or takes charge of something its leader', () => {
    expect(found('Colonel Ana Gil seized power in Peru in 2020.', takingPower)).toEqual(['LEADS ana-gil -> peru']);
    expect(found('Captain Pedro Ruiz took over Bolivia in 2022.', takingPower)).toEqual([
      'LEADS pedro-ruiz -> bolivia',
    ]);
    expect(found('Ana Gil spoke often since taking charge of the Ministry of Trade in 2019.', takingPower)).toEqual([
      'LEADS ana-gil -> ministry-of-trade',
    ]);
    expect(found('China took control of the Andes Council.', takingPower)).toEqual([]);
  });
});

describe('party-people', () => {
  it('makes a person’s own party one they lead, and a party after "whose" or "of" theirs', () => {
    expect(found("In May, Ana Gil's Labour Party won the vote.", partyPeople)).toEqual([
      'LEADS ana-gil -> labour-party',
    ]);
    expect(found('Pedro Ruiz, whose National Party lost, spoke.', partyPeople)).toEqual([
      'MEMBER_OF pedro-ruiz -> national-party',
    ]);
    expect(found('Voters elected Pedro Ruiz of the governing Colorado Party.', partyPeople)).toEqual([
      'MEMBER_OF pedro-ruiz -> colorado-party',
    ]);
  });
});

describe('priorities', () => {
  it('makes whoever makes something a centrepiece or places it at the heart of a policy its backer', () => {
    expect(found('Chile has made the Andes Pact a centrepiece of its policy.', priorities)).toEqual([
      'SUPPORTS chile -> andes-pact',
    ]);
    expect(found('Peru has placed the Andean Pact at the heart of its strategy.', priorities)).toEqual([
      'SUPPORTS peru -> andean-pact',
    ]);
  });
});

describe('responses', () => {
  it('makes a warm response back the proposal the sentence named, and an angry one oppose what follows "to"', () => {
    const text = 'The ministers considered cooperation with Peru on the Andes Plan, and Lima responded positively.';
    expect(found(text, responses)).toEqual(['SUPPORTS peru -> andes-plan']);
    expect(found('Chile reacted angrily to the Andes Pact.', responses)).toEqual(['OPPOSES chile -> andes-pact']);
    expect(found('Chile reacted angrily.', responses)).toEqual([]);
  });
});

describe('leaders-for-states', () => {
  it('makes leaders’ agreement their states’, after the rules that found both', () => {
    const text = 'Chilean President Ana Gil and Peruvian President Pedro Ruiz pledged to cut tariffs.';
    expect(found(text, verbCues, headOfStateTitles, leadersForStates)).toEqual([
      'LEADS ana-gil -> chile',
      'AGREEMENT ana-gil -> pedro-ruiz',
      'AGREEMENT chile -> peru',
      'LEADS pedro-ruiz -> peru',
    ]);
    expect(found(text, verbCues, leadersForStates)).toEqual(['AGREEMENT ana-gil -> pedro-ruiz']);
  });
});

describe('appositions', () => {
  it('makes the names a description lists between or of a grouping its members', () => {
    const text = 'AUKUS, a security pact between Australia, the UK and the US, was unveiled in 2021.';
    expect(found(text, appositions)).toEqual([
      'MEMBER_OF australia -> aukus',
      'MEMBER_OF united-kingdom -> aukus',
      'MEMBER_OF united-states -> aukus',
    ]);
  });
  it('makes those who formed or signed what a description names, and their partners, its members', () => {
    expect(found('Mercosur, the bloc Chile formed with Peru and Bolivia, met.', appositions)).toEqual([
      'MEMBER_OF chile -> mercosur',
      'MEMBER_OF peru -> mercosur',
      'MEMBER_OF bolivia -> mercosur',
    ]);
  });
  it('makes what a description’s relative clause links its members', () => {
    const text =
      'The row tested the Five Eyes, the intelligence-sharing network that links Canada with the United States, Britain and Australia.';
    expect(found(text, appositions)).toEqual([
      'MEMBER_OF canada -> five-eyes',
      'MEMBER_OF united-states -> five-eyes',
      'MEMBER_OF united-kingdom -> five-eyes',
      'MEMBER_OF australia -> five-eyes',
    ]);
  });
  it('reads a backer in a hyphenated description', () => {
    expect(found('The Houthis, the Iran-backed movement, attacked ships.', appositions)).toEqual([
      'SUPPORTS iran -> houthis',
    ]);
  });
  it('reads members listed after "its members", and new members of the grouping just named', () => {
    expect(found('Mercosur takes its name from its original members, Chile, Peru and Bolivia.', appositions)).toEqual([
      'MEMBER_OF chile -> mercosur',
      'MEMBER_OF peru -> mercosur',
      'MEMBER_OF bolivia -> mercosur',
    ]);
    expect(found('Mercosur met in May. Chile, Peru and Bolivia became full members.', appositions)).toEqual([
      'MEMBER_OF chile -> mercosur',
      'MEMBER_OF peru -> mercosur',
      'MEMBER_OF bolivia -> mercosur',
    ]);
    expect(found('Mercosur met in May. Chile became a member of the council.', appositions)).toEqual([]);
  });
});

describe('leader-appositions', () => {
  it('reads a title with describing words, a name modifying the title, and "whose"', () => {
    expect(found("Argentina's new president, Javier Milei, declined.", leaderAppositions)).toEqual([
      'LEADS javier-milei -> argentina',
    ]);
    expect(found("Crown Prince Ali bin Said, Oman's de facto ruler, spoke.", leaderAppositions)).toEqual([
      'LEADS ali-bin-said -> oman',
    ]);
    expect(found('The summit was attended by the UN secretary-general, António Guterres.', leaderAppositions)).toEqual([
      'LEADS antonio-guterres -> united-nations',
    ]);
    expect(found('Peru and Norway, a NATO member whose king, Harald Olsen, attended.', leaderAppositions)).toEqual([
      'LEADS harald-olsen -> norway',
    ]);
    expect(found("Mercosur's founder, Ana Gil, spoke.", leaderAppositions)).toEqual(['LEADS ana-gil -> mercosur']);
    expect(
      found('Peru rejected the New Democratic Party (NDP), whose leader, Ana Gil, spoke.', leaderAppositions),
    ).toEqual(['LEADS ana-gil -> new-democratic-party']);
  });

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
  it('reads a title someone comes to hold past an aside and "was named"', () => {
    const text =
      "Mercosur, a trade bloc, lost its chief in May. Ana Gil, his deputy, was named the bloc's secretary-general in June.";
    expect(found(text, leaderAppositions)).toEqual(['LEADS ana-gil -> mercosur']);
  });
  it('reads a member’s title an owner gives, and a speaker of a body', () => {
    const text = 'The Ministry of Trade in Cusco was unmoved: its spokesperson, Ana Gil, spoke.';
    expect(found(text, leaderAppositions)).toEqual(['MEMBER_OF ana-gil -> ministry-of-trade']);
    expect(
      found("Pedro Ruiz, the Andean Commission's executive vice-president for trade, spoke.", leaderAppositions),
    ).toEqual(['MEMBER_OF pedro-ruiz -> andean-commission']);
    expect(found('Ana Gil, the speaker of the National Assembly, spoke.', leaderAppositions)).toEqual([
      'LEADS ana-gil -> national-assembly',
    ]);
  });
  it('not of a former or deputy holder', () => {
    expect(found("Garry Conille, Haiti's former prime minister, spoke.", leaderAppositions)).toEqual([]);
  });
});

describe('leader-context', () => {
  it("gives a successor the country the predecessor's title named", () => {
    const text =
      "Tuvalu's then prime minister, Kausea Natano, spoke. Later Natano's successor as prime minister, Feleti Teo, objected.";
    expect(found(text, leaderContext)).toEqual(['LEADS feleti-teo -> tuvalu']);
  });
  it('gives a bare title in apposition the one country its sentence names, and none when it names two', () => {
    expect(found('In Britain, the new Prime Minister, Keir Starmer, spoke.', leaderContext)).toEqual([
      'LEADS keir-starmer -> united-kingdom',
    ]);
    expect(found('As prime minister, Anthony Albanese has made Australia a donor.', leaderContext)).toEqual([
      'LEADS anthony-albanese -> australia',
    ]);
    expect(found('In Britain and France, the new Prime Minister, Keir Starmer, spoke.', leaderContext)).toEqual([]);
  });
});

describe('under-leader', () => {
  it('makes a person "under" whom a country acts its leader', () => {
    expect(found('Under President Lula, Brazil rejoined the talks.', underLeader)).toEqual(['LEADS lula -> brazil']);
  });
  it('gives a leader "whose government under" them the country "whose" stands for', () => {
    const text = 'Italy, whose government under Giorgia Meloni has courted Chinese carmakers, backed the measure.';
    expect(found(text, underLeader)).toEqual(['LEADS giorgia-meloni -> italy']);
  });
  it('makes the leaders "under" whom a pact grew stronger its backers, not a country’s', () => {
    const text =
      'Under President Ana Gil and Prime Minister Pedro Ruiz, the Andes Pact has seen a period of significant strengthening.';
    expect(found(text, underLeader)).toEqual(['SUPPORTS ana-gil -> andes-pact', 'SUPPORTS pedro-ruiz -> andes-pact']);
    expect(found('Under President Xi Jinping, China has seen rapid growth.', underLeader)).toEqual([
      'LEADS xi-jinping -> china',
    ]);
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
  it('makes the holder’s leader, acting during the presidency, the grouping’s leader', () => {
    const text =
      'Japan hosted the talks. During its G7 presidency in 2023, Japanese Prime Minister Fumio Kishida spoke.';
    expect(found(text, headOfStateTitles, presidency)).toEqual([
      'MEMBER_OF japan -> g7',
      'LEADS fumio-kishida -> g7',
      'LEADS fumio-kishida -> japan',
    ]);
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
    const text = 'NATO set up a command known as NATO Security Assistance and Training for Ukraine.';
    expect(found(text, nameComposition)).toEqual([
      'SUPPORTS nato-security-assistance-and-training-for-ukraine -> ukraine',
    ]);
  });
  it('makes the state that leads a coalition named "X-led" a member', () => {
    expect(found('The Saudi-led coalition met.', nameComposition)).toEqual([
      'MEMBER_OF saudi-arabia -> saudi-led-coalition',
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
