// The relation rules, as a table: each a name, what it reads, and one signature (structure and parties in,
// found relations out). A rule that builds on what others found comes after them.
import type { EntityKind } from '../model.ts';
import { Parties } from './parties.ts';
import type { FoundRelation, RelationRule } from './rule-context.ts';
import { exportControls } from './rules/export-controls.ts';
import { headOfStateTitles } from './rules/head-of-state-titles.ts';
import { leaderAppositions } from './rules/leader-appositions.ts';
import { nameComposition } from './rules/name-composition.ts';
import { nounCues } from './rules/noun-cues.ts';
import { presidency } from './rules/presidency.ts';
import { purposeInheritance } from './rules/purpose-inheritance.ts';
import { roleNouns } from './rules/role-nouns.ts';
import { underLeader } from './rules/under-leader.ts';
import { verbCues } from './rules/verb-cues.ts';
import type { Structure } from './structure.ts';

export const RELATION_RULES: readonly RelationRule[] = [
  verbCues,
  nounCues,
  exportControls,
  headOfStateTitles,
  leaderAppositions,
  underLeader,
  roleNouns,
  presidency,
  nameComposition,
  purposeInheritance,
];

/** Runs `rules` in order over a document whose mentions, anaphora and clauses `structure` holds. */
export function findRelations(
  structure: Structure,
  kindOf: (entityId: string) => EntityKind | undefined,
  rules: readonly RelationRule[] = RELATION_RULES,
): FoundRelation[] {
  const parties = new Parties(structure, kindOf);
  const found: FoundRelation[] = [];
  for (const rule of rules) found.push(...rule.find({ structure, parties, kindOf, found }));
  return found;
}
