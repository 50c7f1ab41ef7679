// Path mode: pick two entities (in the graph or in two search boxes) and see the shortest path between them, hop by hop.
import { RELATION_TYPES, type RelationType } from '../model.ts';
import { type EntityRef, searchEntities, shortestPath } from './api.ts';
import type { GraphView } from './graph-view.ts';
import { type PanelContext, showMessage, showPath } from './panel.ts';
import { createEntitySearch } from './search.ts';
import type { Status } from './status.ts';

export interface PathPicks {
  from: EntityRef | null;
  to: EntityRef | null;
}

export const NO_PICKS: PathPicks = { from: null, to: null };

/**
 * The picks after the user picks `entity` in the graph: it fills the start, else the end; with
 * both picked it starts over as the new start. Picking an entity already picked changes nothing.
 */
export function pickEndpoint(picks: PathPicks, entity: EntityRef): PathPicks {
  const { from, to } = picks;
  if (from && to) return { from: entity, to: null };
  if (from?.id === entity.id || to?.id === entity.id) return picks;
  return from ? { from, to: entity } : { from: entity, to };
}

/** What the path walked, when the filters or the date slider narrowed it; undefined when it walked everything. */
export function walkNote(someTypes: boolean, asOf: string | null): string | undefined {
  if (someTypes && asOf) return `Walking only the relation types shown, and only relations that held as of ${asOf}.`;
  if (someTypes) return 'Walking only the relation types shown.';
  if (asOf) return `Walking only the relations that held as of ${asOf}.`;
  return undefined;
}

export interface PathModeOptions {
  toggle: HTMLButtonElement;
  bar: HTMLElement;
  fromInput: HTMLInputElement;
  fromList: HTMLUListElement;
  toInput: HTMLInputElement;
  toList: HTMLUListElement;
  clear: HTMLButtonElement;
  view: GraphView;
  panel: HTMLElement;
  status: Status;
  panelContext(): Promise<PanelContext>;
  hiddenRelations(): ReadonlySet<RelationType>;
  /** The date slider's month (`YYYY-MM`), or null for all dates. */
  asOf(): string | null;
  /** Called when path mode is turned off. */
  onExit(): void;
}

export interface PathMode {
  readonly active: boolean;
  setActive(active: boolean): void;
  /** Picks an entity clicked in the graph or chosen in the main search. */
  pick(entity: EntityRef): void;
  /** Asks again for the current picks, as when the relation filters or the date change. */
  rerun(): void;
}

export function createPathMode(options: PathModeOptions): PathMode {
  const { toggle, bar, view, panel, status } = options;
  let active = false;
  let picks = NO_PICKS;
  /** Counts questions, so an answer that comes after a newer question is dropped. */
  let asked = 0;

  const setPicks = (next: PathPicks) => {
    picks = next;
    fromSearch.show(picks.from?.name ?? '');
    toSearch.show(picks.to?.name ?? '');
    void run();
  };

  const onError = (error: unknown) => status.error(error, 'Search failed');
  const fromSearch = createEntitySearch({
    input: options.fromInput,
    list: options.fromList,
    search: (text) => searchEntities(text),
    onChoose: (entity) => setPicks({ ...picks, from: entity }),
    onError,
  });
  const toSearch = createEntitySearch({
    input: options.toInput,
    list: options.toList,
    search: (text) => searchEntities(text),
    onChoose: (entity) => setPicks({ ...picks, to: entity }),
    onError,
  });

  async function run() {
    const question = ++asked;
    const { from, to } = picks;
    const picked = [from, to].filter((p) => p !== null).map((p) => p.id);
    view.setFocus(picked.length > 0 ? { type: 'picks', entities: picked } : null);
    if (!from || !to) {
      const ask = from
        ? `From ${from.name}: now pick where the path ends, in the graph or in “To”.`
        : 'Pick where the path starts: click an entity in the graph, or type its name in “From”.';
      showMessage(panel, 'Path', ask);
      return;
    }
    if (from.id === to.id) {
      showMessage(panel, 'Path', `${from.name} is both ends: pick two different entities.`);
      return;
    }
    const hidden = options.hiddenRelations();
    const types = hidden.size > 0 ? RELATION_TYPES.filter((type) => !hidden.has(type)) : undefined;
    const asOf = options.asOf();
    status.info(`Looking for the shortest path from ${from.name} to ${to.name}…`);
    try {
      const [path, context] = await Promise.all([
        shortestPath(from.id, to.id, { types, asOf }),
        options.panelContext(),
      ]);
      if (question !== asked || !active) return;
      const note = walkNote(types !== undefined, asOf);
      const when = asOf ? ` as of ${asOf}` : '';
      showPath(panel, [from, to], path, context, note);
      if (path) {
        const entities = [from.id, ...path.steps.map((step) => step.to.id)];
        view.setFocus({ type: 'path', entities, relations: path.steps.map((step) => step.relation.id) });
        view.frame(entities);
        status.info(`${from.name} to ${to.name}: ${path.length} ${path.length === 1 ? 'hop' : 'hops'}${when}.`);
      } else {
        view.frame([from.id, to.id]);
        status.info(`No path from ${from.name} to ${to.name}${when}.`);
      }
    } catch (error) {
      if (question === asked) status.error(error, 'Path search failed');
    }
  }

  const mode: PathMode = {
    get active() {
      return active;
    },
    setActive(on) {
      active = on;
      toggle.setAttribute('aria-pressed', String(on));
      bar.hidden = !on;
      asked++;
      if (on) {
        setPicks(NO_PICKS);
        options.fromInput.focus();
      } else {
        picks = NO_PICKS;
        view.setFocus(null);
        options.onExit();
      }
    },
    pick(entity) {
      if (active) setPicks(pickEndpoint(picks, entity));
    },
    rerun() {
      if (active) void run();
    },
  };
  toggle.addEventListener('click', () => mode.setActive(!active));
  options.clear.addEventListener('click', () => {
    setPicks(NO_PICKS);
    options.fromInput.focus();
  });
  return mode;
}
