// The shape of a synthetic graph: entity kinds, and relations drawn one by one by preferential attachment as the world grows.
import { ENTITY_KINDS, type EntityKind, isSymmetric, RELATION_TYPES, type RelationType } from '../model.ts';
import { apportion, type Random } from './random.ts';

/** How many relations of each type a graph has, or their proportions: the mix the synthetic graph follows. */
export type TypeMix = Readonly<Partial<Record<RelationType, number>>>;

/**
 * The share of each kind among synthetic entities: a large corpus names more people,
 * organisations and companies than countries.
 */
export const KIND_MIX: Readonly<Record<EntityKind, number>> = {
  COUNTRY: 6,
  PERSON: 28,
  GROUPING: 6,
  ORGANIZATION: 18,
  COMPANY: 14,
  POLICY: 12,
  EVENT: 12,
  REGION: 4,
};

const ACTORS: readonly EntityKind[] = ['COUNTRY', 'PERSON', 'GROUPING', 'ORGANIZATION', 'COMPANY'];

/** Which kinds may stand at each end of a relation of each type (for symmetric types both ends alike). */
export const TYPE_KINDS: Readonly<Record<RelationType, { from: readonly EntityKind[]; to: readonly EntityKind[] }>> = {
  ALLY: { from: ['COUNTRY', 'PERSON', 'GROUPING'], to: ['COUNTRY', 'PERSON', 'GROUPING'] },
  RIVAL: { from: ['COUNTRY', 'PERSON', 'GROUPING', 'COMPANY'], to: ['COUNTRY', 'PERSON', 'GROUPING', 'COMPANY'] },
  AGREEMENT: { from: ACTORS, to: ACTORS },
  CONCERN: { from: ACTORS, to: ENTITY_KINDS },
  MEMBER_OF: { from: ['COUNTRY', 'PERSON', 'ORGANIZATION', 'COMPANY'], to: ['GROUPING', 'ORGANIZATION'] },
  LEADS: { from: ['PERSON'], to: ['COUNTRY', 'ORGANIZATION', 'GROUPING', 'COMPANY'] },
  SUPPORTS: { from: ACTORS, to: ENTITY_KINDS },
  OPPOSES: { from: ACTORS, to: ENTITY_KINDS },
  PARTNER: { from: ACTORS, to: ACTORS },
  PARTICIPATES_IN: { from: ACTORS, to: ['EVENT'] },
  ADOPTS: { from: ACTORS, to: ['POLICY'] },
};

/** How often an end is drawn in proportion to degree (the rest uniformly): the rich get richer, the tail still grows. */
export const ATTACHMENT_SHARE = 0.8;
/** How often a relation that repeats a pair and type already drawn is drawn again before it is kept as a parallel one. */
const REDRAWS = 4;

/**
 * The kind of each entity: the first eight one of each kind (the world starts with them), the
 * rest in the proportions of `KIND_MIX`, exactly, in a seeded order.
 */
export function assignKinds(count: number, random: Random): EntityKind[] {
  if (count < ENTITY_KINDS.length) throw new RangeError(`at least ${ENTITY_KINDS.length} entities, one per kind`);
  const quotas = apportion(
    count - ENTITY_KINDS.length,
    ENTITY_KINDS.map((kind) => KIND_MIX[kind]),
  );
  const rest = quotas.flatMap((quota, i) => new Array<EntityKind>(quota).fill(ENTITY_KINDS[i] as EntityKind));
  return [...ENTITY_KINDS, ...random.shuffle(rest)];
}

/** One drawn relation: entity indices, its type, and how many with the same ends and type were drawn before it. */
export interface DrawnRelation {
  from: number;
  to: number;
  type: RelationType;
  /** 0 for the first relation of its type between its ends; 1, 2, ... for parallel ones. */
  repeat: number;
}

/** Draws the relations of a graph one at a time; see `createRelationDrawer`. */
export interface RelationDrawer {
  next(): DrawnRelation;
  /** Relations each entity stands in so far. */
  readonly degree: Int32Array;
}

/**
 * Draws `relationCount` relations over entities of `kinds`, growing the world as it goes:
 * eight entities to begin with, then one more every relationCount/entityCount relations,
 * whose first relation ties it to the graph (so none is left alone). Every other end is drawn
 * among the entities already there, in proportion to their degree plus one
 * (`ATTACHMENT_SHARE` of the time; otherwise uniformly): a few early entities become hubs,
 * most stay in a long tail. Types follow `mix` exactly, in a seeded order; each end is of a
 * kind that fits its type (`TYPE_KINDS`).
 * @throws RangeError when there are fewer relations than entities, or no type in `mix`.
 */
export function createRelationDrawer(
  kinds: readonly EntityKind[],
  relationCount: number,
  mix: TypeMix,
  random: Random,
): RelationDrawer {
  const entityCount = kinds.length;
  const start = ENTITY_KINDS.length;
  if (relationCount < entityCount) {
    throw new RangeError(`${relationCount} relations cannot reach ${entityCount} entities; give at least one each`);
  }
  const typeIndices = RELATION_TYPES.map((_, i) => i).filter((i) => (mix[RELATION_TYPES[i] as RelationType] ?? 0) > 0);
  if (typeIndices.length === 0) throw new RangeError('the type mix has no relation type with a count above 0');
  const quotas = apportion(
    relationCount,
    typeIndices.map((i) => mix[RELATION_TYPES[i] as RelationType] ?? 0),
  );
  const types = new Uint8Array(relationCount);
  let filled = 0;
  quotas.forEach((quota, q) => {
    types.fill(typeIndices[q] as number, filled, filled + quota);
    filled += quota;
  });
  random.shuffle(types);

  const kindIndex = new Map(ENTITY_KINDS.map((kind, i) => [kind, i]));
  const kindOf = Uint8Array.from(kinds, (kind) => kindIndex.get(kind) as number);
  const ends = RELATION_TYPES.map((type) => ({
    from: TYPE_KINDS[type].from.map((kind) => kindIndex.get(kind) as number),
    to: TYPE_KINDS[type].to.map((kind) => kindIndex.get(kind) as number),
  }));
  // Per kind: the entities there so far, once each, and once more per relation end (degree + 1).
  const present: number[][] = ENTITY_KINDS.map(() => []);
  const weighted: number[][] = ENTITY_KINDS.map(() => []);
  const degree = new Int32Array(entityCount);
  const drawn = new Map<number, number>();

  const arrive = (entity: number) => {
    const kind = kindOf[entity] as number;
    present[kind]?.push(entity);
    weighted[kind]?.push(entity);
  };
  for (let e = 0; e < Math.min(start, entityCount); e++) arrive(e);
  const arrivalOf = (entity: number) => Math.floor(((entity - start) * relationCount) / (entityCount - start));
  let nextNewcomer = start;

  /** An entity of one of `allowed` kinds, other than `not`; -1 when there is none yet. */
  function drawEnd(allowed: readonly number[], not: number): number {
    const pools = random.chance(ATTACHMENT_SHARE) ? weighted : present;
    let total = 0;
    for (const kind of allowed) total += (pools[kind] as number[]).length;
    for (let attempt = 0; attempt < 8 && total > 0; attempt++) {
      let at = random.below(total);
      for (const kind of allowed) {
        const pool = pools[kind] as number[];
        if (at < pool.length) {
          const entity = pool[at] as number;
          if (entity !== not) return entity;
          break;
        }
        at -= pool.length;
      }
    }
    for (const kind of allowed) for (const entity of present[kind] as number[]) if (entity !== not) return entity;
    return -1;
  }

  const keyOf = (from: number, to: number, type: number) =>
    isSymmetric(RELATION_TYPES[type] as RelationType) && to < from
      ? (to * entityCount + from) * 16 + type
      : (from * entityCount + to) * 16 + type;

  let index = 0;
  function next(): DrawnRelation {
    if (index >= relationCount) throw new RangeError(`all ${relationCount} relations are drawn`);
    const newcomer = nextNewcomer < entityCount && arrivalOf(nextNewcomer) === index ? nextNewcomer++ : -1;
    let from = -1;
    let to = -1;
    if (newcomer >= 0) {
      // The newcomer's first relation: swap in the next type that its kind can stand in.
      const kind = kindOf[newcomer] as number;
      const fits = (type: number) => ends[type]?.from.includes(kind) || ends[type]?.to.includes(kind);
      let swap = index;
      while (swap < relationCount && !fits(types[swap] as number)) swap++;
      if (swap === relationCount) {
        types[index] = typeIndices.find(fits) ?? (types[index] as number);
      } else {
        [types[index], types[swap]] = [types[swap] as number, types[index] as number];
      }
      const type = types[index] as number;
      const { from: fromKinds, to: toKinds } = ends[type] as { from: number[]; to: number[] };
      const asSubject = fromKinds.includes(kind) && (!toKinds.includes(kind) || random.chance(0.5));
      if (asSubject) {
        from = newcomer;
        to = drawEnd(toKinds, newcomer);
      } else {
        to = newcomer;
        from = drawEnd(fromKinds, newcomer);
      }
      arrive(newcomer);
    } else {
      const type = types[index] as number;
      const { from: fromKinds, to: toKinds } = ends[type] as { from: number[]; to: number[] };
      for (let attempt = 0; attempt <= REDRAWS; attempt++) {
        from = drawEnd(fromKinds, -1);
        to = drawEnd(toKinds, from);
        if (!drawn.has(keyOf(from, to, type))) break;
      }
    }
    if (from < 0 || to < 0) throw new Error(`relation ${index}: no entity of a fitting kind to relate to`);
    const type = types[index] as number;
    const key = keyOf(from, to, type);
    const repeat = drawn.get(key) ?? 0;
    drawn.set(key, repeat + 1);
    for (const end of [from, to]) {
      degree[end] = (degree[end] as number) + 1;
      weighted[kindOf[end] as number]?.push(end);
    }
    index++;
    return { from, to, type: RELATION_TYPES[type] as RelationType, repeat };
  }

  return { next, degree };
}
