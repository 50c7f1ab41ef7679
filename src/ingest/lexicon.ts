// Closed word classes and the head words that tell an entity's kind: the extractor's general English knowledge.
import type { EntityKind } from '../model.ts';

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

export const DETERMINERS = words(`
  the a an this that these those its their his her our my your some any each every no another either neither
  such both all several many few much more most other`);

export const PREPOSITIONS = words(`
  of in on at by for with about over under to from into onto upon across against among amongst between beyond
  during despite through throughout toward towards within without regarding concerning amid amidst around behind
  below beneath beside besides near until via like unlike after before per than as vis-à-vis off out up down along
  since`);

/** Prepositions after which a name is not the doer of what follows ("in the US", "of Japan"); `by` is left out. */
export const NON_AGENT_PREPOSITIONS = new Set([...PREPOSITIONS].filter((p) => p !== 'by' && p !== 'as'));

export const AUXILIARIES = words(`
  is are was were be been being am has have had having do does did will would can could may might must shall should
  'll 've 'd`);

export const MODALS = words('will would can could may might must shall should');
export const BE_FORMS = words('is are was were be been being am');
export const COPULAS = words('is are was were be been being am become becomes became remain remains remained');

export const NEGATIONS = words("not n't never cannot no neither nor");
/** Words after `not` that turn it into an intensifier ("not only ... but also"). */
export const NOT_ONLY = words('only just merely solely simply');

export const CONJUNCTIONS = words('and or but yet nor');
export const SUBORDINATORS = words('while whereas although though because unless if whether when whenever once so');
export const RELATIVES = words('that which who whom whose where');

export const PRONOUNS = words(`
  it its itself they their them themselves he his him himself she her herself we our us i me my you your one`);

/** Adverbs the verb-group walker steps over even where the tagger misses them. */
export const VERB_ADVERBS = words(`
  also already still further therefore thus then now just even only explicitly strongly greatly fully significantly
  primarily particularly firmly openly publicly repeatedly increasingly reportedly again often always recently
  jointly officially formally quickly potentially actively consistently later soon duly swiftly`);

/** Adjectives and quantifiers that describe a thing rather than name it ("the upcoming election"). */
export const EVALUATIVE = words(`
  new newly first first-ever latest recent further current proposed potential possible upcoming forthcoming next
  last previous former historic historical such various several other many more most much same different certain
  major key important significant successful so-called additional initial final special usual actual total vital
  crucial critical ideal basic own whole entire particular shared strong stronger closer close good better best
  large largest big biggest small great greater long longstanding long-standing second third fourth fifth sixth
  annual unprecedented immense powerful positive negative official unofficial future past present overall broad
  wider wide high higher low lower late early recently controversial landmark ambitious renewed revised expanded`);

/** Adjective endings of classifying adjectives ("economic", "presidential"), which can be part of a name. */
export const CLASSIFIER_SUFFIX = /(?:al|ic|ary|ese|ian|an|ish|ive)$/;
export const CLASSIFIERS = words('joint defence defense security trade maritime cyber space nuclear');

export const MONTHS = words(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec`);

export const WEEKDAYS = words('monday tuesday wednesday thursday friday saturday sunday');

/** Abbreviations whose final dot does not end a sentence when a capitalised word follows ("Dr. Smith"). */
export const TITLE_ABBREVIATIONS = words(`
  dr mr mrs ms prof st gen col lt sen rep gov jr sr capt cmdr adm maj sgt vs inc corp co ltd fig approx dept
  est mt ft jan feb mar apr jun jul aug sep sept oct nov dec`);

/** Titles written before a person's name, longest first when they share a start. */
export const PERSON_TITLES: readonly string[] = [
  'deputy prime minister',
  'prime minister',
  'vice president',
  'vice-president',
  'foreign minister',
  'defence minister',
  'defense minister',
  'finance minister',
  'trade minister',
  'secretary of state',
  'defense secretary',
  'defence secretary',
  'crown prince',
  'supreme leader',
  'chief executive',
  'secretary general',
  'general secretary',
  'national security adviser',
  'lieutenant general',
  'major general',
  'brigadier general',
  'field marshal',
  'air marshal',
  'vice admiral',
  'rear admiral',
  'foreign secretary',
  'interior minister',
  'home secretary',
  'president-elect',
  'president',
  'premier',
  'chancellor',
  'pm',
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'professor',
  'senator',
  'sen',
  'governor',
  'gov',
  'king',
  'queen',
  'emperor',
  'empress',
  'general',
  'gen',
  'admiral',
  'colonel',
  'col',
  'captain',
  'capt',
  'lieutenant',
  'lt',
  'major',
  'maj',
  'brigadier',
  'marshal',
  'commander',
  'ambassador',
  'minister',
  'secretary',
  'chairman',
  'chairwoman',
  'pope',
  'prince',
  'princess',
  'sheikh',
  'emir',
  'sultan',
  'speaker',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'representative',
  'rep',
  'mayor',
];

/** Titles of a head of state or government: the title holder leads a country. */
export const HEAD_OF_STATE_TITLE_PHRASES = new Set([
  'president',
  'prime minister',
  'premier',
  'chancellor',
  'king',
  'queen',
  'emperor',
  'empress',
  'emir',
  'sultan',
  'supreme leader',
  'pm',
]);

/** Common nouns for a person's role, written right before the name ("ruling-party figure Taro Aso"). */
export const ROLE_NOUNS = words(`
  figure official leader lawmaker legislator politician spokesman spokeswoman spokesperson envoy diplomat minister
  adviser advisor candidate nominee negotiator activist analyst author ambassador senator congressman congresswoman
  executive founder chief heavyweight veteran member economist scholar researcher professor commander colleague
  secretary director chairman chairwoman premier governor mayor president fellow lecturer journalist correspondent
  editor commentator cleric businessman businesswoman tycoon dissident prosecutor judge counterpart successor
  predecessor deputy`);

/**
 * Plural or collective nouns for the people who act for a state: after a demonym they name the country as an
 * actor ("Australian officials worry", "the Chinese government", "Philippine authorities said").
 */
export const STATE_ACTOR_NOUNS = words(`
  officials official leaders leadership diplomats diplomacy authorities government governments lawmakers legislators
  policymakers ministers negotiators military forces troops navy envoys envoy delegation delegates administration
  side counterparts regime junta officers commanders strategists planners state`);

/** Role nouns that make the person the leader, not only a member, of the organisation before them. */
export const LEADER_ROLE_NOUNS = words('leader chief chairman chairwoman director head founder president premier');

/** Capitalised head words of names, by the kind they give ("Agora Strategy Institute" is an organisation). */
export const NAME_HEADS: ReadonlyMap<string, EntityKind> = new Map<string, EntityKind>([
  ...[
    'ministry',
    'department',
    'embassy',
    'consulate',
    'institute',
    'institution',
    'university',
    'council',
    'commission',
    'agency',
    'party',
    'foundation',
    'center',
    'centre',
    'office',
    'bureau',
    'parliament',
    'congress',
    'senate',
    'assembly',
    'court',
    'committee',
    'forces',
    'force',
    'chamber',
    'house',
    'front',
    'fleet',
    'mission',
    'police',
    'army',
    'navy',
    'guard',
    'service',
    'administration',
    'cabinet',
    'secretariat',
    'academy',
    'association',
    'society',
    'board',
    'authority',
    'command',
    'corps',
    'organization',
    'organisation',
    'federation',
    'fund',
    'think-tank',
  ].map((w): [string, EntityKind] => [w, 'ORGANIZATION']),
  ...[
    'corp',
    'corporation',
    'inc',
    'incorporated',
    'ltd',
    'limited',
    'llc',
    'plc',
    'co',
    'company',
    'holdings',
    'holding',
    'automobile',
    'steel',
    'motors',
    'motor',
    'electric',
    'electronics',
    'industries',
    'airlines',
    'airways',
    'energy',
    'oil',
    'petroleum',
    'pharmaceuticals',
    'pharma',
    'semiconductor',
    'semiconductors',
    'technologies',
    'systems',
    'automotive',
    'chemicals',
    'chemical',
    'shipbuilding',
    'telecom',
    'communications',
    'aerospace',
    'aeronautics',
    'aviation',
    'dynamics',
    'bank',
    'airbus',
    'group',
  ].map((w): [string, EntityKind] => [w, 'COMPANY']),
  ...[
    'strategy',
    'law',
    'act',
    'program',
    'programme',
    'plan',
    'initiative',
    'doctrine',
    'bluebook',
    'whitepaper',
    'paper',
    'treaty',
    'accord',
    'accords',
    'agreement',
    'declaration',
    'statement',
    'charter',
    'framework',
    'vision',
    'guidelines',
    'review',
    'report',
    'budget',
    'bill',
    'policy',
    'pact',
    'convention',
    'constitution',
    'resolution',
    'communique',
    'communiqué',
    'pledge',
    'compact',
    'consensus',
    'protocol',
  ].map((w): [string, EntityKind] => [w, 'POLICY']),
  ...[
    'summit',
    'election',
    'elections',
    'meeting',
    'conference',
    'talks',
    'dialogue',
    'games',
    'olympics',
    'war',
    'crisis',
    'visit',
    'referendum',
    'expo',
    'revolution',
    'invasion',
  ].map((w): [string, EntityKind] => [w, 'EVENT']),
  ...['alliance', 'coalition', 'forum', 'partnership', 'bloc', 'union', 'community', 'league', 'quartet'].map(
    (w): [string, EntityKind] => [w, 'GROUPING'],
  ),
  ...[
    'region',
    'sea',
    'ocean',
    'strait',
    'straits',
    'peninsula',
    'gulf',
    'basin',
    'island',
    'islands',
    'shoal',
    'archipelago',
    'reef',
    'mountains',
    'river',
    'valley',
    'desert',
    'plateau',
    'line',
    'route',
    'corridor',
  ].map((w): [string, EntityKind] => [w, 'REGION']),
]);

/** Lower-case heads of descriptive names ("the economic security promotion law", "the US presidential election"). */
export const COMMON_HEADS: ReadonlyMap<string, EntityKind> = new Map<string, EntityKind>([
  ...['law', 'strategy', 'measures', 'policy', 'doctrine', 'programme', 'program', 'initiative', 'plan'].map(
    (w): [string, EntityKind] => [w, 'POLICY'],
  ),
  ...['agreement', 'agreements', 'treaty', 'accord', 'accords', 'protocol'].map((w): [string, EntityKind] => [
    w,
    'POLICY',
  ]),
  ...['war', 'exercise', 'exercises', 'drills'].map((w): [string, EntityKind] => [w, 'EVENT']),
  ...['statement', 'declaration', 'communique', 'communiqué'].map((w): [string, EntityKind] => [w, 'POLICY']),
  ...['summit', 'election', 'elections', 'meeting', 'talks', 'conference', 'dialogue', 'referendum'].map(
    (w): [string, EntityKind] => [w, 'EVENT'],
  ),
  ...['address', 'speech'].map((w): [string, EntityKind] => [w, 'EVENT']),
  ...['alliance'].map((w): [string, EntityKind] => [w, 'GROUPING']),
]);
/** Heads of a joint document, which need `joint` before them to name one ("their joint leaders' statement"). */
export const JOINT_HEADS = words('statement declaration communique communiqué');

/** Nouns naming a takeover of one party by another ("Nippon Steel's proposed purchase of US Steel"). */
export const DEAL_NOUNS = words('purchase acquisition takeover merger buyout sale');

/** Classes of head nouns that a definite description ("the deal", "the alliance") refers back through. */
export const HEAD_CLASSES: ReadonlyMap<string, string> = new Map([
  ['alliance', 'alliance'],
  ['partnership', 'alliance'],
  ['pact', 'pact'],
  ['agreement', 'pact'],
  ['treaty', 'pact'],
  ['accord', 'pact'],
  ['bloc', 'grouping'],
  ['grouping', 'grouping'],
  ['group', 'grouping'],
  ['forum', 'grouping'],
  ['club', 'grouping'],
  ['plan', 'plan'],
  ['initiative', 'plan'],
  ['programme', 'plan'],
  ['program', 'plan'],
  ['scheme', 'plan'],
  ['strategy', 'strategy'],
  ['declaration', 'declaration'],
  ['statement', 'declaration'],
  ['communique', 'declaration'],
  ['bank', 'bank'],
  ['party', 'party'],
  ['exercise', 'exercise'],
  ['exercises', 'exercise'],
  ['drills', 'exercise'],
  ['coalition', 'coalition'],
  ['deal', 'deal'],
  ['purchase', 'deal'],
  ['acquisition', 'deal'],
  ['takeover', 'deal'],
  ['merger', 'deal'],
  ['buyout', 'deal'],
  ['summit', 'summit'],
  ['meeting', 'meeting'],
  ['talks', 'meeting'],
  ['election', 'election'],
  ['elections', 'election'],
  ['vote', 'election'],
]);

/** Nouns that, after "this" or "that", stand for what the previous sentence's subject did ("This move"). */
export const EVENT_ANAPHORS = words('move step decision measure initiative effort action announcement policy');

/** Predicates after which `it` is a dummy subject ("it cannot be assumed", "it comes to"). */
export const EXPLETIVE_PREDICATES = words(`
  comes takes seems seemed appears appeared assumed said expected believed known thought noted argued reported
  estimated likely unlikely clear unclear possible impossible important necessary difficult easy true false worth
  time hard essential vital crucial evident obvious remains follows makes`);
