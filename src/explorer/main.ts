// The explorer page: loads /export/graph.json, draws it, and wires the search, side panel, path mode, legend, filters and date slider together.
import type { RelationType } from '../model.ts';
import { entityDetail, type SourceText, searchEntities, sourceTexts } from './api.ts';
import { monthRange } from './as-of.ts';
import { createDateSlider } from './date-slider.ts';
import { byId } from './dom.ts';
import { importGraph, type SerializedEntityGraph } from './graph-data.ts';
import { type ColorMode, createGraphView } from './graph-view.ts';
import {
  communityLegend,
  kindLegend,
  relationTypeCounts,
  renderEntityLegend,
  renderRelationFilters,
} from './legend.ts';
import { markHeldAsOf, type PanelContext, showEntity, showMessage } from './panel.ts';
import { createPathMode } from './path-mode.ts';
import { createEntitySearch } from './search.ts';
import { createStatus, type Status } from './status.ts';

const GRAPH_URL = '/export/graph.json';

/** Loads the graph; while the server is still computing its layout and communities (503), says so and asks again when told to. */
async function loadGraph(status: Status): Promise<SerializedEntityGraph> {
  for (;;) {
    const response = await fetch(GRAPH_URL);
    if (response.status === 503) {
      const seconds = Number(response.headers.get('retry-after')) || 5;
      status.info(
        `The server is still laying the graph out and finding its communities; trying again in ${seconds} s…`,
      );
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
      continue;
    }
    if (!response.ok) throw new Error(`${GRAPH_URL} answered ${response.status} ${response.statusText}`);
    return (await response.json()) as SerializedEntityGraph;
  }
}

async function main(): Promise<void> {
  const status = createStatus(byId('status'));
  const panel = byId('panel');
  const container = byId('graph');

  status.info('Loading the graph…');
  let serialized: SerializedEntityGraph;
  try {
    serialized = await loadGraph(status);
  } catch (error) {
    status.error(error, 'Loading the graph failed');
    return;
  }
  const graph = importGraph(serialized);

  let sources: Promise<Map<string, SourceText>> | null = null;
  const panelContext = async (): Promise<PanelContext> => {
    sources ??= sourceTexts().then((list) => new Map(list.map((source) => [source.id, source])));
    const loaded = await sources.catch((error: unknown) => {
      status.error(error, 'Loading the source texts failed; quotes are shown without their sentences');
      sources = null;
      return new Map<string, SourceText>();
    });
    return { sources: loaded, onEntity: (id) => followEntity(id) };
  };

  const showIntro = () =>
    showMessage(
      panel,
      'Explore the graph',
      `${graph.order} entities and ${graph.size} relations, each grounded in quotes from the article. `,
      'Click an entity or search for it to see its relations and the sentences they come from; ',
      'turn on path mode to see how two entities are connected.',
    );

  let selecting = 0;
  async function selectEntity(id: string) {
    if (!graph.hasNode(id)) return;
    const question = ++selecting;
    const name = graph.getNodeAttribute(id, 'label');
    view.setFocus({ type: 'entity', id });
    view.frame([id]);
    showMessage(panel, name, 'Loading its relations…');
    try {
      const [entity, context] = await Promise.all([entityDetail(id), panelContext()]);
      if (question !== selecting || pathMode.active) return;
      if (!entity) {
        showMessage(panel, name, 'The API does not know this entity.');
        return;
      }
      showEntity(panel, entity, context);
      markHeldAsOf(panel, dates.asOf);
      panel.scrollTop = 0;
      status.info(`${entity.name}: ${entity.relations.length} relations.`);
    } catch (error) {
      if (question === selecting) status.error(error, `Loading ${name} failed`);
    }
  }

  /** An entity chosen in the graph or the main search: a pick in path mode, else the selection. */
  function chooseEntity(id: string) {
    if (pathMode.active) pathMode.pick({ id, name: graph.getNodeAttribute(id, 'label') });
    else void selectEntity(id);
  }

  /** An entity link followed in the panel: always shows that entity. */
  function followEntity(id: string) {
    if (pathMode.active) pathMode.setActive(false);
    search.show(graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : '');
    void selectEntity(id);
  }

  const view = createGraphView(container, graph, {
    onEntityClick: (id) => {
      if (!pathMode.active) search.show(graph.getNodeAttribute(id, 'label'));
      chooseEntity(id);
    },
    onBackgroundClick: () => {
      if (!pathMode.active) clearSelection();
    },
  });

  function clearSelection() {
    selecting++;
    view.setFocus(null);
    search.clear();
    showIntro();
  }

  const search = createEntitySearch({
    input: byId<HTMLInputElement>('search'),
    list: byId<HTMLUListElement>('search-suggestions'),
    search: (text) => searchEntities(text),
    onChoose: (entity) => chooseEntity(entity.id),
    onError: (error) => status.error(error, 'Search failed'),
  });

  let hidden: ReadonlySet<RelationType> = new Set();
  const pathMode = createPathMode({
    toggle: byId<HTMLButtonElement>('path-toggle'),
    bar: byId('path-bar'),
    fromInput: byId<HTMLInputElement>('path-from'),
    fromList: byId<HTMLUListElement>('path-from-suggestions'),
    toInput: byId<HTMLInputElement>('path-to'),
    toList: byId<HTMLUListElement>('path-to-suggestions'),
    clear: byId<HTMLButtonElement>('path-clear'),
    view,
    panel,
    status,
    panelContext,
    hiddenRelations: () => hidden,
    asOf: () => dates.asOf,
    onExit: () => {
      selecting++;
      showIntro();
      status.info('Path mode off.');
    },
  });

  const legend = byId('entity-legend');
  const showLegend = (mode: ColorMode) =>
    renderEntityLegend(legend, mode, mode === 'kind' ? kindLegend(graph) : communityLegend(graph));
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="color-mode"]')) {
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      const mode = radio.value as ColorMode;
      view.setColorMode(mode);
      showLegend(mode);
    });
  }
  showLegend('community');

  const summary = byId('graph-summary');
  const showSummary = () => {
    const when = dates.asOf ? `, as of ${dates.asOf}` : '';
    summary.textContent = `Showing ${view.visibleRelationCount()} of ${graph.size} relations among ${graph.order} entities${when}.`;
  };
  renderRelationFilters(byId('relation-filters'), relationTypeCounts(graph), (types) => {
    hidden = new Set(types);
    view.setHiddenRelations(hidden);
    showSummary();
    pathMode.rerun();
  });

  const dates = createDateSlider({
    input: byId<HTMLInputElement>('as-of'),
    output: byId<HTMLOutputElement>('as-of-label'),
    clear: byId<HTMLButtonElement>('as-of-clear'),
    ticks: byId<HTMLDataListElement>('as-of-years'),
    ends: [byId('as-of-first'), byId('as-of-last')],
    range: monthRange(graph.mapEdges((_, attributes) => attributes)),
    onMove: (asOf) => {
      view.setAsOf(asOf);
      showSummary();
      markHeldAsOf(panel, asOf);
    },
    // A path is asked for once the thumb rests, not at every month it passes.
    onSettle: () => pathMode.rerun(),
  });
  showSummary();

  showIntro();
  status.info(`Loaded ${graph.order} entities and ${graph.size} relations.`);
  container.dataset.ready = 'true';
  // "/" jumps to the search box, as on many sites; Escape outside a text box leaves path mode or the selection.
  document.addEventListener('keydown', (event) => {
    if (event.target instanceof HTMLInputElement && !['checkbox', 'radio', 'range'].includes(event.target.type)) {
      return;
    }
    if (event.key === '/') {
      event.preventDefault();
      byId('search').focus();
    } else if (event.key === 'Escape') {
      if (pathMode.active) pathMode.setActive(false);
      else clearSelection();
    }
  });
}

void main();
