// The graph drawn with sigma.js: colours, relation-type and date filters, and the entity or path in focus with everything else dimmed.
import Sigma, { DEFAULT_STYLES } from 'sigma';
import { extremityArrow, pathCurved, pathLine } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { RelationType } from '../model.ts';
import { heldAsOf } from './as-of.ts';
import type { EntityGraph, EntityNode, RelationEdge } from './graph-data.ts';
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR, KIND_COLORS, RELATION_COLORS } from './palette.ts';

export type ColorMode = 'community' | 'kind';

/** What is in focus: an entity with its neighbours, a path, or the endpoints picked for one. */
export type Focus =
  | { type: 'entity'; id: string }
  | { type: 'path'; entities: readonly string[]; relations: readonly string[] }
  | { type: 'picks'; entities: readonly string[] };

export interface GraphViewHandlers {
  onEntityClick(id: string): void;
  onBackgroundClick(): void;
}

export interface GraphView {
  readonly graph: EntityGraph;
  setColorMode(mode: ColorMode): void;
  setHiddenRelations(types: ReadonlySet<RelationType>): void;
  /** Hides the relations that did not hold in `asOf` (a month, `YYYY-MM`); null shows every date. */
  setAsOf(asOf: string | null): void;
  setFocus(focus: Focus | null): void;
  /** Moves the camera to frame these entities. */
  frame(ids: readonly string[]): void;
  /** The relations sigma draws (not hidden by a filter). */
  visibleRelationCount(): number;
  /** The entities drawn dimmed: out of focus, or left by the filters with no relation shown. */
  dimmedEntityCount(): number;
  kill(): void;
}

interface FocusSets {
  entities: Set<string>;
  relations: Set<string>;
  /** Drawn with a backdrop: the selected entity, a path's ends, the picks. */
  primary: Set<string>;
}

const DIMMED_NODE: Partial<NodeDisplayData> = { color: DIMMED_NODE_COLOR, labelVisibility: 'hidden', zIndex: 0 };

/** Draws `graph` into `container` at the positions it holds: no layout runs in the browser. */
export function createGraphView(container: HTMLElement, graph: EntityGraph, handlers: GraphViewHandlers): GraphView {
  let colorMode: ColorMode = 'community';
  let hidden: ReadonlySet<RelationType> = new Set();
  let asOf: string | null = null;
  /** The relations that did not hold as of `asOf`. */
  let outOfDate: ReadonlySet<string> = new Set();
  /** Entities with relations, none of them shown: dimmed, not removed. */
  let stranded: ReadonlySet<string> = new Set();
  let focus: Focus | null = null;
  let sets: FocusSets | null = null;
  /** Counts camera moves, so only the last one to end marks the camera still (data-camera, which tests wait for). */
  let moves = 0;

  const isShown = (edge: string) => !hidden.has(graph.getEdgeAttribute(edge, 'relation')) && !outOfDate.has(edge);

  const strandedEntities = () =>
    new Set(graph.filterNodes((node) => graph.degree(node) > 0 && !graph.someEdge(node, (edge) => isShown(edge))));

  function focusSets(current: Focus | null): FocusSets | null {
    if (!current) return null;
    if (current.type === 'path') {
      const ends = [current.entities[0], current.entities.at(-1)].filter((id) => id !== undefined);
      return { entities: new Set(current.entities), relations: new Set(current.relations), primary: new Set(ends) };
    }
    if (current.type === 'picks') {
      return { entities: new Set(current.entities), relations: new Set(), primary: new Set(current.entities) };
    }
    const entities = new Set([current.id]);
    const relations = new Set<string>();
    graph.forEachEdge(current.id, (edge, _, source, target) => {
      if (!isShown(edge)) return;
      relations.add(edge);
      entities.add(source).add(target);
    });
    return { entities, relations, primary: new Set([current.id]) };
  }

  const nodeReducer = (node: string, data: NodeDisplayData, attributes: EntityNode): Partial<NodeDisplayData> => {
    const color = colorMode === 'kind' ? KIND_COLORS[attributes.kind] : data.color;
    if (!sets) return stranded.has(node) ? DIMMED_NODE : { color };
    if (!sets.entities.has(node)) return DIMMED_NODE;
    const primary = sets.primary.has(node);
    return {
      color,
      // The label goes up with its node, or the backdrop of the node would cover it.
      depth: 'topNodes',
      labelDepth: 'topNodes',
      zIndex: primary ? 2 : 1,
      labelVisibility: 'visible',
      highlighted: primary,
      backdropVisibility: primary ? 'visible' : 'hidden',
      // A thin halo, so the arrowheads of the relations that reach the node stay visible.
      backdropPadding: 2,
      backdropShadowBlur: 8,
    };
  };

  const edgeReducer = (edge: string, data: EdgeDisplayData, attributes: RelationEdge): Partial<EdgeDisplayData> => {
    if (hidden.has(attributes.relation) || outOfDate.has(edge)) return { visibility: 'hidden' };
    if (!sets) return {};
    if (!sets.relations.has(edge)) return { color: DIMMED_EDGE_COLOR, zIndex: 0 };
    return { depth: 'topEdges', zIndex: 1, size: data.size * (focus?.type === 'path' ? 2.2 : 1.4) };
  };

  const sigma = new Sigma<EntityNode, RelationEdge>(graph, container, {
    primitives: {
      edges: {
        paths: [pathLine(), pathCurved()],
        extremities: [extremityArrow()],
        defaultHead: 'none',
      },
    },
    styles: {
      nodes: [DEFAULT_STYLES.nodes, { cursor: 'pointer' }],
      edges: [
        DEFAULT_STYLES.edges,
        {
          // Parallel relations between one pair are drawn apart as curves; directed ones get an arrow.
          path: 'straight',
          parallelPath: 'curved',
          parallelSpread: 0.22,
          head: (attributes: RelationEdge) => (attributes.directed ? 'arrow' : 'none'),
          color: { attribute: 'relation', dict: RELATION_COLORS, defaultValue: '#999' },
          size: (attributes: RelationEdge) => 1 + attributes.confidence,
        },
      ],
    },
    settings: {
      // Sizes are pixels on screen, as /export/graph.json gives them (4 to 20), not graph units.
      itemSizesReference: 'screen',
      // Fit the whole graph with its labels once: refitting as labels show and hide would shift it.
      autoRescale: 'once',
      autoRescaleContent: 'labels',
      renderEdgeLabels: false,
      stagePadding: 24,
      labelRenderedSizeThreshold: 5,
    },
    nodeReducer,
    edgeReducer,
  });

  sigma.on('clickNode', ({ node }) => handlers.onEntityClick(node));
  sigma.on('clickStage', () => handlers.onBackgroundClick());
  // Sigma follows window resizes only; the container also changes size when the path bar opens.
  const resizes = new ResizeObserver(() => sigma.resize());
  resizes.observe(container);

  const refresh = () => {
    stranded = strandedEntities();
    sets = focusSets(focus);
    sigma.refresh();
    container.dataset.visibleRelations = String(view.visibleRelationCount());
    container.dataset.dimmedEntities = String(view.dimmedEntityCount());
    container.dataset.asOf = asOf ?? 'all';
    container.dataset.colorMode = colorMode;
  };
  container.dataset.camera = 'still';

  const view: GraphView = {
    graph,
    setColorMode(mode) {
      colorMode = mode;
      refresh();
    },
    setHiddenRelations(types) {
      hidden = new Set(types);
      refresh();
    },
    setAsOf(month) {
      asOf = month;
      outOfDate = new Set(month === null ? [] : graph.filterEdges((_, attributes) => !heldAsOf(attributes, month)));
      refresh();
    },
    setFocus(next) {
      focus = next;
      refresh();
    },
    frame(ids) {
      const points = ids.map((id) => sigma.getNodeDisplayData(id)).filter((d) => d !== undefined);
      if (points.length === 0) return;
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      const camera = sigma.getCamera();
      // Framed coordinates run from 0 to 1 over the whole graph, which a ratio of 1 shows.
      const spread = Math.max(maxX - minX, maxY - minY);
      const ratio = points.length === 1 ? Math.min(camera.ratio, 0.5) : Math.min(1, Math.max(0.45, spread * 1.6));
      const move = ++moves;
      container.dataset.camera = 'moving';
      void camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 400 }).then(() => {
        if (move === moves) container.dataset.camera = 'still';
      });
    },
    visibleRelationCount() {
      return graph.filterEdges((edge) => sigma.getEdgeDisplayData(edge)?.visibility !== 'hidden').length;
    },
    dimmedEntityCount() {
      return graph.filterNodes((node) => sigma.getNodeDisplayData(node)?.color === DIMMED_NODE_COLOR).length;
    },
    kill() {
      resizes.disconnect();
      sigma.kill();
    },
  };
  refresh();
  return view;
}
