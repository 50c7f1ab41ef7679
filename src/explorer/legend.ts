// The legend: what the entity colours mean under the current colouring, and a filter checkbox per relation type.
import { ENTITY_KINDS, type EntityKind, RELATION_TYPE_INFO, RELATION_TYPES, type RelationType } from '../model.ts';
import { el, replaceChildren } from './dom.ts';
import type { EntityGraph } from './graph-data.ts';
import type { ColorMode } from './graph-view.ts';
import { KIND_COLORS, RELATION_COLORS } from './palette.ts';

export interface LegendEntry {
  color: string;
  label: string;
  count: number;
}

/** One entry per entity kind in the graph, in the vocabulary's order. */
export function kindLegend(graph: EntityGraph): LegendEntry[] {
  const counts = new Map<EntityKind, number>();
  graph.forEachNode((_, { kind }) => counts.set(kind, (counts.get(kind) ?? 0) + 1));
  return ENTITY_KINDS.filter((kind) => counts.has(kind)).map((kind) => ({
    color: KIND_COLORS[kind],
    label: kind.charAt(0) + kind.slice(1).toLowerCase(),
    count: counts.get(kind) ?? 0,
  }));
}

/** One entry per community, named after its most central entity (by PageRank), largest first. */
export function communityLegend(graph: EntityGraph): LegendEntry[] {
  const communities = new Map<number, { color: string; count: number; hub: string; hubRank: number }>();
  graph.forEachNode((_, { community, color, label, pagerank }) => {
    const entry = communities.get(community);
    if (!entry) communities.set(community, { color, count: 1, hub: label, hubRank: pagerank });
    else {
      entry.count++;
      if (pagerank > entry.hubRank) Object.assign(entry, { hub: label, hubRank: pagerank });
    }
  });
  return [...communities.entries()]
    .sort(([a, x], [b, y]) => y.count - x.count || a - b)
    .map(([, { color, count, hub }]) => ({ color, label: `Around ${hub}`, count }));
}

/** How many relations of each type the graph holds, for the types it holds, in the vocabulary's order. */
export function relationTypeCounts(graph: EntityGraph): { type: RelationType; count: number }[] {
  const counts = new Map<RelationType, number>();
  graph.forEachEdge((_, { relation }) => counts.set(relation, (counts.get(relation) ?? 0) + 1));
  return RELATION_TYPES.filter((type) => counts.has(type)).map((type) => ({ type, count: counts.get(type) ?? 0 }));
}

const swatch = (color: string, shape: 'dot' | 'line' = 'dot') =>
  el('span', { class: `swatch swatch-${shape}`, style: `--swatch: ${color}`, 'aria-hidden': 'true' });

/** Writes the entity colour legend for `mode` into `container`. */
export function renderEntityLegend(container: HTMLElement, mode: ColorMode, entries: LegendEntry[]): void {
  container.dataset.mode = mode;
  replaceChildren(
    container,
    el('h2', {}, mode === 'kind' ? 'Entities by kind' : 'Entities by community'),
    el(
      'ul',
      { class: 'legend-list' },
      ...entries.map(({ color, label, count }) =>
        el(
          'li',
          {},
          swatch(color),
          el('span', { class: 'legend-label' }, label),
          el('span', { class: 'count' }, count),
        ),
      ),
    ),
  );
}

/**
 * Writes a checkbox per relation type into `container` (checked: shown), each with its colour,
 * its direction and its count; `onChange` gets the types left unchecked.
 */
export function renderRelationFilters(
  container: HTMLElement,
  types: { type: RelationType; count: number }[],
  onChange: (hidden: ReadonlySet<RelationType>) => void,
): void {
  const hidden = new Set<RelationType>();
  const items = types.map(({ type, count }) => {
    const box = el('input', { type: 'checkbox', value: type, checked: true, 'data-testid': `filter-${type}` });
    box.addEventListener('change', () => {
      if (box.checked) hidden.delete(type);
      else hidden.add(type);
      onChange(hidden);
    });
    const symmetric = RELATION_TYPE_INFO[type].symmetric;
    return el(
      'li',
      {},
      el(
        'label',
        { title: RELATION_TYPE_INFO[type].description },
        box,
        swatch(RELATION_COLORS[type], 'line'),
        el('span', { class: 'legend-label' }, type.replaceAll('_', ' ').toLowerCase()),
        el('span', { class: 'direction', 'aria-label': symmetric ? 'symmetric' : 'directed' }, symmetric ? '—' : '→'),
        el('span', { class: 'count' }, count),
      ),
    );
  });
  replaceChildren(container, el('legend', {}, 'Relations shown'), el('ul', { class: 'legend-list' }, ...items));
}
