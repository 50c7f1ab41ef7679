// The relation cue lexicon: the verbs, adjectives and nouns that state a relation, with the frame that says
// where its two parties stand and how strongly the word states it.
import type { RelationType } from '../model.ts';
import { hasTag, type Token } from './tokens.ts';

/**
 * Where a cue's parties stand.
 * - `verb`: subject VERB object ("Japan joined the coalition"); a passive turns it round ("was commended by X").
 * - `experiencer`: subject BE ADJ prep object ("Tokyo is concerned about Taiwan"); no passive reading.
 * - `causer-verb`: the object is the one concerned ("China threatens Taiwan": Taiwan is concerned about China).
 * - `noun`: a possessor or the clause's subject, and the noun's prepositional object ("Japan's support for Ukraine").
 * - `causer-noun`: the prepositional object is the one concerned ("a threat to Japan", "pressure on Japan").
 */
export type CueFrame = 'verb' | 'experiencer' | 'causer-verb' | 'noun' | 'causer-noun';

export interface Cue {
  type: RelationType;
  frame: CueFrame;
  /** How plainly the word states the relation, 0..1 (an explicit verb about 0.9, a noun 0.6-0.8). */
  strength: number;
  /** Prepositions that introduce the object ("about", "over" after "concerned"); "that" opens a clause. */
  preps: readonly string[];
  /** Needs a possessor: "Japan's biggest strategic challenge", not "global challenges". */
  needsPossessor?: boolean;
  /** Needs one of these words just before it: "strategic partner", not "trading partner". */
  needsModifier?: ReadonlySet<string>;
  /** Or an owner right before it, instead of the modifier: "its partnership with the United States". */
  orOwned?: boolean;
  /** Its subject only through a copula: "X is a member of Y", not "X met members of Y". */
  copulaOnly?: boolean;
  /** Only between the members of a coordinated subject: "X and Y pledged to ...", not "X pledged aid to Y". */
  pairsOnly?: boolean;
  /** Its object only as a recipient: right after it ("sent Ukraine tanks") or after "to" ("sent tanks to Ukraine"). */
  dative?: boolean;
  /** Its object only after one of its prepositions: "intervened against X", not "intervened in X". */
  prepOnly?: boolean;
  /** An adjective, a cue only after a linking verb or in apposition: "is concerned", not "the pact concerned". */
  adjective?: boolean;
  /** A noun for the doer, whose possessor is the one it is done to: "Modi's critics", "Taipei's defenders". */
  agentNoun?: boolean;
}

interface Readings {
  verb?: Cue;
  noun?: Cue;
}

const LEXICON = new Map<string, Readings>();

function add(forms: readonly string[], reading: keyof Readings, cue: Cue): void {
  for (const form of forms) LEXICON.set(form, { ...LEXICON.get(form), [reading]: cue });
}

/** A regular verb's forms: base, third person, past, present participle (irregular ones given whole). */
function verb(base: string, past?: string, ing?: string): string[] {
  const stem = base.endsWith('e') && !base.endsWith('ee') ? base.slice(0, -1) : base;
  const third = /(?:s|sh|ch|x|z|o)$/.test(base)
    ? `${base}es`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ies`
      : `${base}s`;
  const pastForm = past ?? (/[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${stem}ed`);
  return [base, third, pastForm, ing ?? `${stem}ing`];
}

const STRATEGIC = new Set([
  'strategic',
  'security',
  'defence',
  'defense',
  'key',
  'close',
  'closest',
  'reliable',
  'comprehensive',
  'military',
]);

const cue = (
  type: RelationType,
  frame: CueFrame,
  strength: number,
  preps: readonly string[] = [],
  extra = {},
): Cue => ({
  type,
  frame,
  strength,
  preps,
  ...extra,
});

// ALLY
add(['ally', 'allies'], 'noun', cue('ALLY', 'noun', 0.8, ['of', 'for', 'to', 'with']));
add(['alliance', 'alliances'], 'noun', cue('ALLY', 'noun', 0.7, ['with', 'of']));
add(
  ['partner', 'partners', 'partnership', 'partnerships'],
  'noun',
  cue('ALLY', 'noun', 0.7, ['of', 'for', 'with', 'to'], { needsModifier: STRATEGIC, orOwned: true }),
);
add(['allied', 'aligned'], 'verb', cue('ALLY', 'experiencer', 0.8, ['with', 'to'], { adjective: true }));
// "a close relationship with", "their special relationship", not "trade relationship".
add(
  ['relationship'],
  'noun',
  cue('ALLY', 'noun', 0.6, ['with', 'between'], { needsModifier: new Set(['close', 'closer', 'personal', 'special']) }),
);
add(['ally', 'allies'], 'verb', cue('ALLY', 'experiencer', 0.8, ['with']));
// RIVAL
add(
  ['rival', 'rivals', 'rivalry', 'rivalries', 'adversary', 'adversaries', 'enemy', 'enemies', 'foe', 'foes'],
  'noun',
  cue('RIVAL', 'noun', 0.8, ['of', 'to', 'with']),
);
add(
  ['competitor', 'competitors', 'competition', 'confrontation', 'tension', 'tensions', 'antagonism'],
  'noun',
  cue('RIVAL', 'noun', 0.7, ['with', 'of', 'to']),
);
add(['challenge', 'challenges'], 'noun', cue('RIVAL', 'noun', 0.7, [], { needsPossessor: true }));
add(
  [
    'dispute',
    'disputes',
    'feud',
    'standoff',
    'stand-off',
    'row',
    'conflict',
    'conflicts',
    'clash',
    'clashes',
    'hostility',
    'hostilities',
  ],
  'noun',
  cue('RIVAL', 'noun', 0.7, ['with', 'between', 'against']),
);
add(
  ['war', 'wars', 'invasion', 'aggression', 'offensive'],
  'noun',
  cue('RIVAL', 'noun', 0.7, ['with', 'against', 'on', 'of', 'in']),
);
add(verb('invade'), 'verb', cue('RIVAL', 'verb', 0.8));
add(verb('clash', 'clashed', 'clashing'), 'verb', cue('RIVAL', 'experiencer', 0.7, ['with']));
add([...verb('rival', 'rivalled', 'rivalling'), 'rivaled'], 'verb', cue('RIVAL', 'verb', 0.7));
add(verb('compete'), 'verb', cue('RIVAL', 'experiencer', 0.8, ['with', 'against']));
// AGREEMENT
add(verb('agree', 'agreed', 'agreeing'), 'verb', cue('AGREEMENT', 'verb', 0.9, ['with', 'on', 'to', 'upon']));
add(
  [...verb('sign', 'signed', 'signing'), ...verb('conclude'), ...verb('ink')],
  'verb',
  cue('AGREEMENT', 'verb', 0.9, ['with']),
);
add(verb('negotiate'), 'verb', cue('AGREEMENT', 'verb', 0.7, ['with']));
add(
  [...verb('pledge'), ...verb('vow'), ...verb('promise')],
  'verb',
  cue('AGREEMENT', 'verb', 0.7, [], { pairsOnly: true }),
);
add(
  [
    'agreement',
    'agreements',
    'pact',
    'pacts',
    'accord',
    'accords',
    'deal',
    'deals',
    'treaty',
    'treaties',
    'memorandum',
    'arrangement',
    'arrangements',
    'ceasefire',
    'truce',
    'armistice',
  ],
  'noun',
  cue('AGREEMENT', 'noun', 0.7, ['with']),
);
// CONCERN
add(
  ['concerned', 'worried', 'anxious', 'nervous', 'uneasy', 'wary', 'alarmed', 'fearful', 'apprehensive'],
  'verb',
  cue('CONCERN', 'experiencer', 0.9, ['about', 'over', 'by', 'with', 'that', 'at', 'of', 'regarding'], {
    adjective: true,
  }),
);
add(
  [...verb('worry', 'worried', 'worrying'), ...verb('fret', 'fretted', 'fretting')],
  'verb',
  cue('CONCERN', 'experiencer', 0.9, ['about', 'over', 'that']),
);
add(verb('fear'), 'verb', cue('CONCERN', 'experiencer', 0.8, ['that', 'for']));
add(verb('warn'), 'verb', cue('CONCERN', 'experiencer', 0.6, ['that', 'about', 'of']));
add(
  ['concern', 'concerns', 'fear', 'fears', 'worry', 'worries', 'anxiety', 'anxieties', 'unease'],
  'noun',
  cue('CONCERN', 'noun', 0.7, ['about', 'over', 'regarding', 'at', 'of', 'that']),
);
add(['risk', 'risks'], 'noun', cue('CONCERN', 'causer-noun', 0.6, ['for', 'to']));
add(['threat', 'threats', 'danger'], 'noun', cue('CONCERN', 'causer-noun', 0.7, ['to', 'for']));
add(['pressure'], 'noun', cue('CONCERN', 'causer-noun', 0.6, ['on']));
add(
  [
    ...verb('threaten'),
    ...verb('endanger'),
    ...verb('jeopardise'),
    ...verb('jeopardize'),
    ...verb('coerce'),
    ...verb('intimidate'),
    ...verb('pressure'),
    ...verb('pressurise'),
  ],
  'verb',
  cue('CONCERN', 'causer-verb', 0.8),
);
add(
  [...verb('impact'), ...verb('harm'), ...verb('hurt', 'hurt'), ...verb('damage')],
  'verb',
  cue('CONCERN', 'causer-verb', 0.5),
);
// MEMBER_OF
add([...verb('join'), ...verb('rejoin')], 'verb', cue('MEMBER_OF', 'verb', 0.9));
add(verb('belong'), 'verb', cue('MEMBER_OF', 'experiencer', 0.9, ['to']));
// "Washington and Canberra sit alongside New Delhi and Tokyo in the Quad", "serves on the Council"
add(
  [...verb('sit', 'sat', 'sitting'), ...verb('serve')],
  'verb',
  cue('MEMBER_OF', 'verb', 0.6, ['in', 'on'], { prepOnly: true }),
);
add(verb('found'), 'verb', cue('MEMBER_OF', 'verb', 0.7));
add(
  [
    ...verb('include'),
    ...verb('comprise'),
    ...verb('admit', 'admitted', 'admitting'),
    'groups',
    'grouped',
    'unites',
    'united',
  ],
  'verb',
  cue('MEMBER_OF', 'causer-verb', 0.7),
);
add(verb('accede'), 'verb', cue('MEMBER_OF', 'experiencer', 0.8, ['to']));
add(['member', 'members', 'membership'], 'noun', cue('MEMBER_OF', 'noun', 0.8, ['of', 'in'], { copulaOnly: true }));
add(
  [
    'fellow',
    'researcher',
    'scholar',
    'employee',
    'official',
    'adviser',
    'advisor',
    'secretary',
    'nominee',
    'candidate',
    'lawmaker',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'affiliate',
    'branch',
    'offshoot',
    'subsidiary',
  ],
  'noun',
  cue('MEMBER_OF', 'noun', 0.7, ['at', 'of', 'with'], { copulaOnly: true }),
);
// LEADS
add(
  ['leader', 'head', 'director', 'president', 'chairman', 'chairwoman', 'chair', 'chief', 'ceo', 'premier', 'founder'],
  'noun',
  cue('LEADS', 'noun', 0.9, ['of', 'at'], { copulaOnly: true }),
);
add(['leadership'], 'noun', cue('LEADS', 'noun', 0.8, ['of']));
add(
  [...verb('lead', 'led', 'leading'), ...verb('head'), ...verb('chair'), ...verb('govern'), ...verb('rule')],
  'verb',
  cue('LEADS', 'verb', 0.8),
);
// SUPPORTS
add(
  [...verb('support'), ...verb('back'), ...verb('endorse'), ...verb('commend'), ...verb('champion')],
  'verb',
  cue('SUPPORTS', 'verb', 0.9),
);
add(
  [...verb('praise'), ...verb('promote'), ...verb('defend'), ...verb('bolster'), ...verb('fund')],
  'verb',
  cue('SUPPORTS', 'verb', 0.8),
);
add(
  [...verb('welcome'), ...verb('strengthen'), ...verb('reinforce'), ...verb('aid')],
  'verb',
  cue('SUPPORTS', 'verb', 0.7),
);
add(
  [...verb('help'), ...verb('assist'), ...verb('reaffirm'), ...verb('elevate'), ...verb('upgrade')],
  'verb',
  cue('SUPPORTS', 'verb', 0.6),
);
add(
  [
    ...verb('provide'),
    ...verb('supply', 'supplied', 'supplying'),
    ...verb('arm'),
    ...verb('equip', 'equipped', 'equipping'),
    ...verb('donate'),
    ...verb('finance'),
    ...verb('bankroll'),
    ...verb('train'),
    ...verb('hail'),
    ...verb('applaud'),
    ...verb('laud'),
  ],
  'verb',
  cue('SUPPORTS', 'verb', 0.7),
);
add(
  [
    ...verb('send', 'sent'),
    ...verb('deliver'),
    ...verb('dispatch'),
    ...verb('transfer', 'transferred', 'transferring'),
  ],
  'verb',
  cue('SUPPORTS', 'verb', 0.6, ['to'], { dative: true }),
);
add(
  [...verb('sell', 'sold'), ...verb('lend', 'lent'), ...verb('grant')],
  'verb',
  cue('SUPPORTS', 'verb', 0.6, ['to'], { dative: true }),
);
add(verb('invest'), 'verb', cue('SUPPORTS', 'verb', 0.6, ['in'], { prepOnly: true }));
add(verb('broker'), 'verb', cue('SUPPORTS', 'verb', 0.7));
add(verb('campaign'), 'verb', cue('SUPPORTS', 'verb', 0.7, ['for'], { prepOnly: true }));
add([...verb('mobilise'), ...verb('mobilize')], 'verb', cue('SUPPORTS', 'verb', 0.6));
add(
  ['committed', 'supportive', 'dedicated'],
  'verb',
  cue('SUPPORTS', 'experiencer', 0.7, ['to', 'of'], { adjective: true }),
);
add(
  ['support', 'backing', 'endorsement', 'aid', 'assistance', 'commitment', 'solidarity', 'bolster'],
  'noun',
  cue('SUPPORTS', 'noun', 0.7, ['for', 'to', 'of', 'with']),
);
// OPPOSES
add(
  [
    ...verb('oppose'),
    ...verb('block'),
    ...verb('criticise'),
    ...verb('criticize'),
    ...verb('condemn'),
    ...verb('denounce'),
    ...verb('sanction'),
  ],
  'verb',
  cue('OPPOSES', 'verb', 0.9),
);
add(
  [
    ...verb('counter'),
    ...verb('veto', 'vetoed', 'vetoing'),
    ...verb('boycott'),
    ...verb('deter', 'deterred', 'deterring'),
  ],
  'verb',
  cue('OPPOSES', 'verb', 0.8),
);
add([...verb('reject'), ...verb('resist'), ...verb('confront')], 'verb', cue('OPPOSES', 'verb', 0.7));
add(
  [
    ...verb('accuse'),
    ...verb('rebuke'),
    ...verb('expel', 'expelled', 'expelling'),
    ...verb('slam', 'slammed', 'slamming'),
    ...verb('lambast'),
    ...verb('castigate'),
    ...verb('decry', 'decried', 'decrying'),
  ],
  'verb',
  cue('OPPOSES', 'verb', 0.8),
);
add([...verb('attack'), ...verb('protest'), ...verb('target'), ...verb('punish')], 'verb', cue('OPPOSES', 'verb', 0.6));
add(
  [
    ...verb('revoke'),
    ...verb('cancel', 'cancelled', 'cancelling'),
    'canceled',
    'canceling',
    ...verb('scrap', 'scrapped', 'scrapping'),
  ],
  'verb',
  cue('OPPOSES', 'verb', 0.7),
);
add(
  [...verb('suspend'), ...verb('restrict'), ...verb('ban', 'banned', 'banning'), ...verb('question')],
  'verb',
  cue('OPPOSES', 'verb', 0.6),
);
add(verb('blame'), 'verb', cue('OPPOSES', 'verb', 0.8, ['on', 'for']));
add([...verb('designate'), ...verb('kill')], 'verb', cue('OPPOSES', 'verb', 0.7));
// "fired missiles at Israel", not "fired the minister".
add(verb('fire'), 'verb', cue('OPPOSES', 'verb', 0.7, ['at', 'on', 'into'], { prepOnly: true }));
add(
  ['critic', 'critics', 'opponent', 'opponents'],
  'noun',
  cue('OPPOSES', 'noun', 0.8, ['of'], { copulaOnly: true, agentNoun: true }),
);
add(
  ['supporter', 'supporters', 'backer', 'backers', 'defender', 'defenders', 'champion', 'advocate', 'proponent'],
  'noun',
  cue('SUPPORTS', 'noun', 0.8, ['of'], { copulaOnly: true, agentNoun: true }),
);
add(
  ['disappointment', 'displeasure', 'dismay', 'anger', 'outrage'],
  'noun',
  cue('OPPOSES', 'noun', 0.6, ['with', 'at', 'over']),
);
add(verb('intervene'), 'verb', cue('OPPOSES', 'verb', 0.8, ['against'], { prepOnly: true }));
// "recalled its ambassadors from Canberra": the envoys' hosts.
add(verb('recall'), 'verb', cue('OPPOSES', 'verb', 0.7, ['from'], { prepOnly: true }));
add(['critical', 'hostile', 'opposed'], 'verb', cue('OPPOSES', 'experiencer', 0.8, ['of', 'to'], { adjective: true }));
add(
  ['opposition', 'criticism', 'condemnation', 'sanctions', 'embargo', 'boycott'],
  'noun',
  cue('OPPOSES', 'noun', 0.8, ['to', 'of', 'on', 'against']),
);
add(['strikes', 'airstrikes', 'raids'], 'noun', cue('OPPOSES', 'noun', 0.7, ['on', 'against']));
add(['tariff', 'tariffs', 'duties', 'levies', 'surtax'], 'noun', cue('OPPOSES', 'noun', 0.7, ['on', 'against']));
add(
  ['restrictions', 'measures', 'stance', 'action', 'actions', 'campaign'],
  'noun',
  cue('OPPOSES', 'noun', 0.6, ['against']),
);

const DETERMINER_LIKE = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'that',
  'these',
  'those',
]);

/** The cues a token can be, read as a verb or as a noun by its tags and its neighbours. */
export function cuesFor(tokens: readonly Token[], i: number): Cue[] {
  const t = tokens[i];
  if (t?.type !== 'word') return [];
  const readings = LEXICON.get(t.norm);
  if (!readings) return [];
  const { verb: v, noun: n } = readings;
  if (v && n) {
    const prev = tokens[i - 1];
    if (prev?.type === 'possessive' || DETERMINER_LIKE.has(prev?.norm ?? '') || hasTag(prev, 'Adjective')) return [n];
    if (prev?.norm === 'to' || hasTag(t, 'Verb')) return [v];
    return [n];
  }
  if (v) {
    const prev = tokens[i - 1];
    const nominal = prev?.type === 'possessive' || DETERMINER_LIKE.has(prev?.norm ?? '');
    const adverbial = hasTag(t, 'Adverb') && prev?.norm !== 'to';
    return nominal || adverbial ? [] : [v];
  }
  return n ? [n] : [];
}

/** Every word form the lexicon knows, for tests and reports. */
export function cueWords(): string[] {
  return [...LEXICON.keys()].sort();
}
