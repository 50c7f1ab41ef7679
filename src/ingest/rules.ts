// The relation rules, as a table: each a name, what it reads, and one signature (structure and parties in,
// found relations out). A rule that builds on what others found comes after them.
import type { EntityKind } from '../model.ts';
import { Parties } from './parties.ts';
import type { FoundRelation, RelationRule } from './rule-context.ts';
import { appositions } from './rules/appositions.ts';
import { diplomaticTies } from './rules/diplomatic-ties.ts';
import { exportControls } from './rules/export-controls.ts';
import { headOfStateTitles } from './rules/head-of-state-titles.ts';
import { leaderAppositions } from './rules/leader-appositions.ts';
import { leaderContext } from './rules/leader-context.ts';
import { leadersForStates } from './rules/leaders-for-states.ts';
import { nameComposition } from './rules/name-composition.ts';
import { nounCues } from './rules/noun-cues.ts';
import { partyPeople } from './rules/party-people.ts';
import { presidency } from './rules/presidency.ts';
import { priorities } from './rules/priorities.ts';
import { purposeInheritance } from './rules/purpose-inheritance.ts';
import { responses } from './rules/responses.ts';
import { roleNouns } from './rules/role-nouns.ts';
import { takingPower } from './rules/taking-power.ts';
import { underLeader } from './rules/under-leader.ts';
import { verbCues } from './rules/verb-cues.ts';
import type { Structure } from './structure.ts';

export const RELATION_RULES: readonly RelationRule[] = [
  verbCues,
  nounCues,
  exportControls,
  diplomaticTies,
  priorities,
  responses,
  appositions,
  headOfStateTitles,
  leaderAppositions,
  leaderContext,
  takingPower,
  underLeader,
  roleNouns,
  partyPeople,
  presidency,
  nameComposition,
  purposeInheritance,
  leadersForStates,
];

/** Runs `rules` in order over a document whose mentions, anaphora and clauses `structure` holds. */
export function findRelations(
  structure: Structure,
  kindOf: (entityId: string) => EntityKind | undefined,
  rules: readonly RelationRule[] = RELATION_RULES,
): FoundRelation[] {
  const parties = new Parties(structure, kindOf);
  let found: FoundRelation[] = [];
  const retracted = new Set<FoundRelation>();
  const retract = (relation: FoundRelation) => retracted.add(relation);
  for (const rule of rules) {
    const own = rule.find({ structure, parties, kindOf, found, retract });
    if (retracted.size > 0) found = found.filter((r) => !retracted.has(r));
    retracted.clear();
    found.push(...own);
  }
  return found;
}
