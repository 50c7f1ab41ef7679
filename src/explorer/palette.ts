// The explorer's fixed colours: one per relation type, one per entity kind, and the dimmed greys.
import type { EntityKind, RelationType } from '../model.ts';

/** One colour per relation type: greens and blues for ties, reds and oranges for friction. */
export const RELATION_COLORS: Record<RelationType, string> = {
  ALLY: '#1b9e4b',
  PARTNER: '#2a9d9a',
  AGREEMENT: '#3b6fd1',
  SUPPORTS: '#7b5cc4',
  LEADS: '#3d2a78',
  MEMBER_OF: '#8c5a1c',
  PARTICIPATES_IN: '#c2308a',
  ADOPTS: '#a89200',
  CONCERN: '#e8820c',
  OPPOSES: '#e8492a',
  RIVAL: '#b0101e',
};

export const KIND_COLORS: Record<EntityKind, string> = {
  COUNTRY: '#4e79a7',
  PERSON: '#e15759',
  GROUPING: '#f28e2b',
  ORGANIZATION: '#76b7b2',
  COMPANY: '#59a14f',
  POLICY: '#edc948',
  EVENT: '#b07aa1',
  REGION: '#9c755f',
};

export const DIMMED_NODE_COLOR = '#d5d9e0';
export const DIMMED_EDGE_COLOR = '#e9ecf1';
