// The side panel: an entity with its relations, or a path hop by hop, each relation with its quotes shown in their sentences.
import { RELATION_TYPES, type RelationType } from '../model.ts';
import type { EntityDetail, EntityRef, EvidenceDetail, PathDetail, RelationDetail, SourceText } from './api.ts';
import { heldAsOf } from './as-of.ts';
import { type Child, el, replaceChildren } from './dom.ts';
import { RELATION_COLORS } from './palette.ts';
import { sentenceAround } from './sentence.ts';

export interface PanelContext {
  /** Source texts by id, to show each quote in its sentence; a quote whose source is missing is shown alone. */
  sources: ReadonlyMap<string, SourceText>;
  /** Called when the user follows a link to another entity. */
  onEntity(id: string): void;
}

const typeName = (type: RelationType) => type.replaceAll('_', ' ');

/** A quote in the sentence it comes from: the sentence as text nodes, the quote in a <mark>. */
export function quoteInSentence(evidence: EvidenceDetail, source: SourceText | undefined): HTMLElement {
  const { quote, start, end } = evidence;
  const located = source !== undefined && source.text.slice(start, end) === quote;
  const { before, after } = located ? sentenceAround(source.text, start, end) : { before: '', after: '' };
  return el('blockquote', { class: 'sentence' }, before, el('mark', {}, quote), after);
}

function evidenceList(evidence: readonly EvidenceDetail[], sources: ReadonlyMap<string, SourceText>): HTMLElement {
  return el(
    'ul',
    { class: 'evidence' },
    ...evidence.map((item) =>
      el(
        'li',
        {},
        quoteInSentence(item, sources.get(item.source.id)),
        el('p', { class: 'cite' }, el('cite', {}, item.source.title), `, characters ${item.start}–${item.end}`),
      ),
    ),
  );
}

function entityName(ref: EntityRef, current: string | null, onEntity: (id: string) => void): HTMLElement {
  if (ref.id === current) return el('strong', { class: 'entity-name' }, ref.name);
  const link = el('button', { type: 'button', class: 'entity-link', 'data-entity-id': ref.id }, ref.name);
  link.addEventListener('click', () => onEntity(ref.id));
  return link;
}

/**
 * `A —LEADS→ B`; `B ←LEADS— A` for a hop walked against the relation's direction; `A —ALLY— B`
 * for a symmetric relation.
 */
function relationLine(
  type: RelationType,
  directed: boolean,
  [left, right]: [EntityRef, EntityRef],
  forward: boolean,
  current: string | null,
  onEntity: (id: string) => void,
): HTMLElement {
  const connector = !directed ? `—${typeName(type)}—` : forward ? `—${typeName(type)}→` : `←${typeName(type)}—`;
  return el(
    'p',
    { class: 'relation-line' },
    entityName(left, current, onEntity),
    ' ',
    el('span', { class: 'connector', style: `--swatch: ${RELATION_COLORS[type]}` }, connector),
    ' ',
    entityName(right, current, onEntity),
  );
}

function validity({ validFrom, validTo }: Pick<RelationDetail, 'validFrom' | 'validTo'>): string | null {
  if (validFrom && validTo) return `${validFrom} to ${validTo}`;
  if (validFrom) return `since ${validFrom}`;
  if (validTo) return `until ${validTo}`;
  return null;
}

function relationItem(relation: RelationDetail, current: string, context: PanelContext): HTMLElement {
  const when = validity(relation);
  return el(
    'li',
    {
      class: 'relation',
      'data-relation-id': relation.id,
      'data-valid-from': relation.validFrom,
      'data-valid-to': relation.validTo,
    },
    relationLine(relation.type, relation.directed, [relation.from, relation.to], true, current, context.onEntity),
    el('p', { class: 'summary' }, relation.summary),
    el('p', { class: 'meta' }, `confidence ${relation.confidence}`, when && ` · ${when}`),
    evidenceList(relation.evidence, context.sources),
  );
}

export function showMessage(panel: HTMLElement, heading: string, ...text: Child[]): void {
  replaceChildren(panel, el('h2', {}, heading), el('p', { class: 'hint' }, ...text));
}

/** An entity: its name, kind, description and aliases, then its relations grouped by type. */
export function showEntity(panel: HTMLElement, entity: EntityDetail, context: PanelContext): void {
  const byType = new Map<RelationType, RelationDetail[]>();
  for (const relation of entity.relations) byType.set(relation.type, [...(byType.get(relation.type) ?? []), relation]);
  const groups = RELATION_TYPES.filter((type) => byType.has(type)).map((type) => {
    const relations = byType.get(type) ?? [];
    return el(
      'section',
      { class: 'relation-group', 'data-type': type },
      el(
        'h3',
        {},
        el('span', { class: 'swatch swatch-line', style: `--swatch: ${RELATION_COLORS[type]}`, 'aria-hidden': 'true' }),
        `${typeName(type)} `,
        el('span', { class: 'count' }, relations.length),
      ),
      el('ul', { class: 'relations' }, ...relations.map((r) => relationItem(r, entity.id, context))),
    );
  });
  replaceChildren(
    panel,
    el('h2', { 'data-testid': 'entity-name' }, entity.name),
    el('p', { class: 'kind', 'data-testid': 'entity-kind' }, entity.kind.toLowerCase()),
    entity.description && el('p', { class: 'description', 'data-testid': 'entity-description' }, entity.description),
    entity.aliases.length > 0 &&
      el('p', { class: 'aliases', 'data-testid': 'entity-aliases' }, 'Also called ', entity.aliases.join(', ')),
    el(
      'h3',
      { class: 'relations-heading', 'data-testid': 'relations-heading' },
      `${entity.relations.length} relations`,
    ),
    ...groups,
  );
}

/**
 * Marks the relations of the entity shown that did not hold in `asOf` (a month, from the date
 * slider): each keeps its place, greyed (`data-held="false"`) with "not as of 2019-06" after its
 * dates, and the heading counts those that held. With null (all dates) the marks go.
 */
export function markHeldAsOf(panel: HTMLElement, asOf: string | null): void {
  const items = [...panel.querySelectorAll<HTMLElement>('li.relation')];
  let held = 0;
  for (const item of items) {
    item.querySelector('.not-held')?.remove();
    const holds = asOf === null || heldAsOf({ validFrom: item.dataset.validFrom, validTo: item.dataset.validTo }, asOf);
    if (holds) held++;
    if (asOf === null) delete item.dataset.held;
    else item.dataset.held = String(holds);
    if (!holds) item.querySelector('.meta')?.append(el('span', { class: 'not-held' }, ` · not as of ${asOf}`));
  }
  const heading = panel.querySelector('.relations-heading');
  if (heading) {
    heading.textContent = `${items.length} relations${asOf === null ? '' : `, ${held} as of ${asOf}`}`;
  }
}

/** A path hop by hop, each hop with its relation, summary and quotes; or that there is none. */
export function showPath(
  panel: HTMLElement,
  [from, to]: [EntityRef, EntityRef],
  path: PathDetail | null,
  context: PanelContext,
  note?: string,
): void {
  if (!path) {
    replaceChildren(
      panel,
      el('h2', {}, 'Path'),
      el('p', { class: 'no-path', 'data-testid': 'no-path' }, `No path from ${from.name} to ${to.name}.`),
      note && el('p', { class: 'hint' }, note),
    );
    return;
  }
  const hops = path.steps.map((step, i) =>
    el(
      'li',
      { class: 'hop', 'data-relation-id': step.relation.id },
      el('span', { class: 'hop-number' }, `${i + 1}.`),
      relationLine(
        step.relation.type,
        step.relation.directed,
        [step.from, step.to],
        step.forward,
        null,
        context.onEntity,
      ),
      el('p', { class: 'summary' }, step.relation.summary),
      evidenceList(step.relation.evidence, context.sources),
    ),
  );
  replaceChildren(
    panel,
    el('h2', {}, 'Path'),
    el(
      'p',
      { class: 'path-summary', 'data-testid': 'path-summary' },
      `${from.name} to ${to.name} in ${path.length} ${path.length === 1 ? 'hop' : 'hops'}`,
    ),
    note && el('p', { class: 'hint' }, note),
    el('ol', { class: 'hops', 'data-testid': 'path-hops' }, ...hops),
  );
}
