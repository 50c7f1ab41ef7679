import { describe, expect, it } from 'vitest';
import type { Cue } from '../../src/ingest/cues.ts';
import { analyseText } from '../../src/ingest/extract.ts';
import type { Mention } from '../../src/ingest/mentions.ts';
import { Parties, type Party } from '../../src/ingest/parties.ts';
import { agentAfter, cueObjects } from '../../src/ingest/party-objects.ts';
import type { Clause, Structure } from '../../src/ingest/structure.ts';

interface At {
  structure: Structure;
  parties: Parties;
  /** The index of the token asked for, and its clause. */
  n: number;
  clause: Clause;
}

/** `text`'s party finder at the `nth` token written `word`. */
function at(text: string, word: string, nth = 0): At {
  const { structure, kindOf } = analyseText(text, [], 'test');
  const n = structure.tokens.filter((t) => t.text === word)[nth]?.index ?? -1;
  const clause = structure.clauseAt(n);
  if (!clause) throw new Error(`no token "${word}" in a clause`);
  return { structure, parties: new Parties(structure, kindOf), n, clause };
}

/** Parties as "id+id penalty". */
const show = (parties: readonly Party[] | undefined) =>
  parties?.map((p) => `${p.group.map((m) => m.entityId).join('+')} ${p.penalty}`);

/** Who does what the verb `word` of `text` says. */
function subjects(text: string, word: string): string[] | undefined {
  const { parties, n, clause } = at(text, word);
  return show(parties.subjects(n, clause).parties);
}

/** The subject governing the noun `word` of `text` (through a copula only, if asked). */
function governing(text: string, word: string, copulaOnly = false): string[] | undefined {
  const { parties, n, clause } = at(text, word);
  return show(parties.governingSubjects(n, clause, copulaOnly));
}

/** The first mention naming `id`. */
function named(structure: Structure, id: string, via?: Mention['via']): Mention {
  const m = structure.mentions.find((x) => x.entityId === id && (via === undefined || x.via === via));
  if (!m) throw new Error(`no mention of ${id}`);
  return m;
}

describe('Parties.party and nameEndingAt', () => {
  it('makes a mention a party with the names listed before it, a pronoun at a penalty', () => {
    const { structure, parties } = at('Chile, Peru and Bolivia met. It rained.', 'met');
    expect(show(parties.party(named(structure, 'peru')))).toEqual(['chile+peru 0']);
    expect(show(parties.party(named(structure, 'bolivia'), 0.05))).toEqual(['chile+peru+bolivia 0.05']);
    expect(parties.party(undefined)).toEqual([]);
    const pronoun = at('Peru spoke. It condemned Bolivia.', 'condemned');
    expect(show(pronoun.parties.party(named(pronoun.structure, 'peru', 'pronoun')))).toEqual(['peru 0.1']);
  });

  it('finds the name ending at a token, unless it is only a possessor', () => {
    const { parties } = at('Chile’s envoy met Peru.', 'met');
    expect(parties.nameEndingAt(0)).toBeUndefined();
    expect(parties.nameEndingAt(4)?.entityId).toBe('peru');
  });
});

describe('Parties.subjects', () => {
  it('finds the names before the verb group, and whether it is negated or modal', () => {
    const plain = at('Chile and Peru condemned Bolivia.', 'condemned');
    expect(plain.parties.subjects(plain.n, plain.clause)).toMatchObject({ negated: false, modal: false });
    expect(show(plain.parties.subjects(plain.n, plain.clause).parties)).toEqual(['chile+peru 0']);
    const not = at('Chile has not condemned Bolivia.', 'condemned');
    expect(not.parties.subjects(not.n, not.clause)).toMatchObject({ negated: true, modal: false });
    const may = at('Chile may condemn Bolivia.', 'condemn');
    expect(may.parties.subjects(may.n, may.clause)).toMatchObject({ negated: false, modal: true });
  });

  it('gives a verb without a subject of its own the clause’s inherited one', () => {
    expect(subjects('Chile condemned Peru and praised Bolivia.', 'praised')).toEqual(['chile 0']);
  });

  it('reads the possessor of a common noun as the doer, at a penalty', () => {
    expect(subjects('Chile’s envoy criticised Peru.', 'criticised')).toEqual(['chile 0.1']);
  });

  it('reads a relative pronoun as its antecedent', () => {
    expect(subjects('Chile, which borders Peru, condemned Bolivia.', 'borders')).toEqual(['chile 0']);
  });

  it('gives an infinitive its controller, then the subject of the verb above it', () => {
    expect(subjects('Chile urged Peru to condemn Bolivia.', 'condemn')).toEqual(['peru 0', 'chile 0']);
    expect(subjects('Chile agreed to support Peru.', 'support')?.map((p) => p.split(' ')[0])).toEqual(['chile']);
  });

  it('gives a gerund after a preposition the possessor of the noun before, then the verb’s subject', () => {
    expect(subjects('Bolivia rejected Chile’s plan for supporting Peru.', 'supporting')).toEqual([
      'chile 0',
      'bolivia 0',
    ]);
  });

  it('gives an infinitive in a verbless aside the subject of an earlier clause', () => {
    expect(subjects('Chile reopened its embassy, as part of an effort to counter Peru.', 'counter')).toEqual([
      'chile 0.15',
    ]);
  });

  // The search for the verb above an infinitive starts one token before the word in front of "to", so it skips
  // "agreed" itself; in a relative clause nothing else is found, and "Chile, which agreed to support Peru, met
  // Bolivia." yields no relation (with "which has pledged to" it does). Remove `.fails` when it does not skip.
});

describe('Parties.antecedent', () => {
  it('stands for the nearest name after a singular description, the list after a plural one or a name', () => {
    const singular = at('Bolivia and Turkey, a NATO member whose army is large, met.', 'whose');
    expect(show(singular.parties.antecedent(singular.n))).toEqual(['turkiye 0']);
    const plural = at('Bolivia and Turkey, both NATO members whose armies are large, met.', 'whose');
    expect(show(plural.parties.antecedent(plural.n))).toEqual(['bolivia+turkiye 0']);
    const direct = at('Bolivia and Turkey, which border nobody, met.', 'which');
    expect(show(direct.parties.antecedent(direct.n))).toEqual(['bolivia+turkiye 0']);
  });
});

describe('Parties.possessorOf, namedModifierOf and phraseStart', () => {
  it('finds the possessor of a noun phrase past its modifiers, a pronoun at a penalty', () => {
    const exercise = at('Chile condemned Peru’s naval exercise.', 'exercise');
    expect(show(exercise.parties.possessorOf(exercise.n, exercise.clause))).toEqual(['peru 0']);
    const ally = at('Chile and its only treaty ally met.', 'ally');
    expect(show(ally.parties.possessorOf(ally.n, ally.clause))).toEqual(['chile 0.1']);
    const term = at('Chile’s long-term ally spoke.', 'ally');
    expect(show(term.parties.possessorOf(term.n, term.clause))).toEqual(['chile 0']);
    const none = at('Chile attended the trade meeting.', 'meeting');
    expect(show(none.parties.possessorOf(none.n, none.clause))).toEqual([]);
  });

  // The possessive "’s" gives its mention alone, where a possessive pronoun ("Their joint statement") gives
  // the list: "Chile and Peru’s joint statement criticised Bolivia." yields OPPOSES peru -> bolivia only.
  // Remove `.fails` when a listed possessor is read with its list.

  it('finds a name modifying a noun past other modifiers, but not across an article', () => {
    const meeting = at('Chile attended a Mercosur trade meeting.', 'meeting');
    expect(show(meeting.parties.namedModifierOf(meeting.n, meeting.clause))).toEqual(['mercosur 0']);
    const of = at('Chile attended the trade meeting of Mercosur.', 'meeting');
    expect(show(of.parties.namedModifierOf(of.n, of.clause))).toEqual([]);
  });

  it('starts a noun phrase at its determiner or its possessor', () => {
    const drills = at('Chile condemned the three new drills.', 'drills');
    expect(drills.structure.tokens[drills.parties.phraseStart(drills.n, drills.clause)]?.text).toBe('the');
    const exercise = at('Chile condemned Peru’s naval exercise.', 'exercise');
    expect(exercise.structure.tokens[exercise.parties.phraseStart(exercise.n, exercise.clause)]?.text).toBe('Peru');
  });

  // phraseStart stops at the hyphen of "long-term" (possessorOf steps over it), so governingSubjects finds no
  // verb: "Peru is a long-term ally of Chile." yields nothing, "Peru is a close ally of Chile." yields ALLY.
  // Remove `.fails` when a hyphenated modifier is inside the phrase.
  it('starts "a long-term ally" at its article, so that its verb governs it', () => {
    const { structure, parties, n, clause } = at('Peru is a long-term ally of Chile.', 'ally');
    expect(structure.tokens[parties.phraseStart(n, clause)]?.text).toBe('a');
    expect(show(parties.governingSubjects(n, clause, true))).toEqual(['peru 0']);
  });
});

describe('Parties.asSubject', () => {
  it('finds the party before "as": a name, or the possessor of a noun', () => {
    const named = at('Bolivia named Chile as Peru’s biggest challenge.', 'challenge');
    expect(show(named.parties.asSubject(named.n, named.clause))).toEqual(['chile 0']);
    const position = at('Chile’s position as a key ally of Peru is clear.', 'ally');
    expect(show(position.parties.asSubject(position.n, position.clause))).toEqual(['chile 0']);
    const none = at('Chile is Peru’s closest ally.', 'ally');
    expect(show(none.parties.asSubject(none.n, none.clause))).toEqual([]);
  });
});

describe('Parties.governingSubjects', () => {
  it('finds the subject of the verb governing a noun, through a copula only when asked', () => {
    expect(governing('Chile is Peru’s closest ally.', 'ally', true)).toEqual(['chile 0']);
    expect(governing('Chile met Peru’s allies.', 'allies')).toEqual(['chile 0']);
    expect(governing('Chile met Peru’s allies.', 'allies', true)).toEqual([]);
    expect(governing('Chile is not Peru’s ally.', 'ally')).toEqual([]);
  });

  it('reads "one of the allies of", "locked in a dispute" and a second predicate noun', () => {
    expect(governing('Chile is one of the allies of Peru.', 'allies')).toEqual(['chile 0']);
    expect(governing('Chile and Peru remain locked in a dispute.', 'dispute')).toEqual(['chile+peru 0']);
    expect(governing('Chile is Peru’s ally and a rival of Bolivia.', 'rival')).toEqual(['chile 0']);
  });

  it('finds the name a description is in apposition to: the nearest for a singular, the list for a plural', () => {
    const member = at('Bolivia and Peru, a Mercosur member, met.', 'Mercosur');
    const head = member.n + 1;
    expect(show(member.parties.governingSubjects(member.n, member.clause, false, head))).toEqual(['peru 0']);
    expect(governing('Chile and Peru, both members of Mercosur, met.', 'members')).toEqual(['chile+peru 0']);
    expect(governing('Ana Gil, a former president and a close ally of Pedro Ruiz, spoke.', 'ally')).toEqual([
      'ana-gil 0',
    ]);
  });
});

describe('Parties.ledCountry', () => {
  /** The country the person named in `text` leads, as the clause of their mention tells. */
  function led(text: string): string[] | undefined {
    const { structure, kindOf } = analyseText(text, [], 'test');
    const parties = new Parties(structure, kindOf);
    const leader = structure.mentions.find((m) => kindOf(m.entityId) === 'PERSON') as Mention;
    return show(parties.ledCountry(structure.clauseAt(leader.first) as Clause, parties.party(leader)));
  }

  it('is the clause’s country subject, else the country named last before the leader', () => {
    expect(led('Chile condemned Peru under President Ana Gil.')).toEqual(['chile 0']);
    expect(led('Relations between Peru and Chile under President Ana Gil improved.')).toEqual(['chile 0.1']);
  });

  it('is the next clause’s country subject after a verbless "Under X," and nothing without one', () => {
    expect(led('Under President Ana Gil, Chile condemned Peru.')).toEqual(['chile 0']);
    expect(led('Under President Ana Gil, the army attacked Peru.')).toEqual([]);
  });
});

describe('Parties’ questions answered in party-objects.ts', () => {
  it('asks party-objects.ts for a cue’s objects and a passive’s agent', () => {
    const cue: Cue = { type: 'OPPOSES', frame: 'verb', strength: 0.9, preps: [] };
    const condemned = at('Chile condemned Peru and Bolivia.', 'condemned');
    const { parties, n, clause } = condemned;
    expect(show(parties.objects(n, cue, clause, false))).toEqual(show(cueObjects(parties, n, cue, clause, false)));
    expect(show(parties.objects(n, cue, clause, false))).toEqual(['peru+bolivia 0']);
    const commended = at('Chile was commended by Peru.', 'commended');
    expect(show(commended.parties.agentAfter(commended.n, commended.clause))).toEqual(
      show(agentAfter(commended.parties, commended.n, commended.clause)),
    );
    expect(commended.parties.isPassive(commended.n)).toBe(true);
  });
});
