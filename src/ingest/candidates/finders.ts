// The candidate finders, in the order they run: people first, so that their titles and names are then not
// read as anything else; finders that build on earlier candidates ("X's purchase of Y") last.
import { acronyms } from './acronyms.ts';
import { appositions, knownAs } from './appositions.ts';
import { bareNames } from './bare-names.ts';
import { describedNames } from './described.ts';
import { conflictsIn, invasions, ledGroupings, summitsOfStates } from './events.ts';
import { capitalisedNames } from './names.ts';
import { rolePersons, titledPersons } from './persons.ts';
import { administrations, businessSectors, coalitions, deals, institutions, regionsAndParties } from './phrases.ts';
import type { CandidateFinder } from './scan.ts';

export const CANDIDATE_FINDERS: readonly CandidateFinder[] = [
  { name: 'titled-persons', find: titledPersons },
  { name: 'role-persons', find: rolePersons },
  { name: 'capitalised-names', find: capitalisedNames },
  { name: 'described-names', find: describedNames },
  { name: 'bare-names', find: bareNames },
  { name: 'administrations', find: administrations },
  { name: 'coalitions', find: coalitions },
  { name: 'regions-and-parties', find: regionsAndParties },
  { name: 'business-sectors', find: businessSectors },
  { name: 'institutions', find: institutions },
  { name: 'appositions', find: appositions },
  { name: 'known-as', find: knownAs },
  { name: 'acronyms', find: acronyms },
  { name: 'conflicts-in-places', find: conflictsIn },
  { name: 'invasions', find: invasions },
  { name: 'led-groupings', find: ledGroupings },
  { name: 'summits-of-states', find: summitsOfStates },
  { name: 'deals', find: deals },
];
