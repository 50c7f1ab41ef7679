// The knowledge bases the export tests write: the tiny fixture graph, a copy of it with text XML must escape, a synthetic one.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGraphData } from '../../src/data/load.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../../src/graph/knowledge-base.ts';
import { generateGraphData } from '../../src/synth/generate.ts';
import { readTypeMix } from '../../src/synth/type-mix.ts';
import { copyTinyGraph, editJson, TINY_GRAPH_DIR } from '../helpers.ts';

export async function tinyKnowledgeBase(): Promise<KnowledgeBase> {
  return createKnowledgeBase(await loadGraphData(TINY_GRAPH_DIR));
}

/** Markup, every character XML escapes, a newline, and U+0001, which XML 1.0 cannot hold at all. */
export const TRICKY_TEXT = `Atlantis <b>&"' Lemuria\n\u0001allies`;
/** TRICKY_TEXT as it reads back from XML: the same, less the character XML cannot hold. */
export const TRICKY_TEXT_IN_XML = `Atlantis <b>&"' Lemuria\nallies`;

/** The tiny graph with TRICKY_TEXT as the summary of `atlantis-ally-lemuria` and the name of `mu`. */
export async function trickyKnowledgeBase(): Promise<KnowledgeBase> {
  const dir = await copyTinyGraph();
  await editJson(dir, 'relations.json', (file) => {
    file.relations[0].summary = TRICKY_TEXT;
  });
  await editJson(dir, 'entities.json', (file) => {
    file.entities[2].name = TRICKY_TEXT;
  });
  return createKnowledgeBase(await loadGraphData(dir));
}

/**
 * A graph written by `kg synth` (scale-free, the real type mix, dated relations, quotes in
 * sources), loaded; its data directory is removed once loaded.
 */
export async function syntheticKnowledgeBase(relations: number, seed = 7): Promise<KnowledgeBase> {
  const dir = await mkdtemp(join(tmpdir(), 'kg-export-synth-'));
  try {
    await generateGraphData(dir, {
      relations,
      entities: Math.ceil(relations / 10),
      seed,
      typeMix: await readTypeMix(),
    });
    // Exports carry centrality, communities and positions: have them ready, as the server does before exporting.
    const kb = createKnowledgeBase(await loadGraphData(dir));
    await kb.metrics();
    return kb;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The tiny graph with an entity whose description is `bytes` long: a large export of a graph that loads at once. */
export async function bulkyKnowledgeBase(bytes: number): Promise<KnowledgeBase> {
  const dir = await copyTinyGraph();
  await editJson(dir, 'entities.json', (file) => {
    file.entities[0].description = 'A long description. '.repeat(Math.ceil(bytes / 20));
  });
  return createKnowledgeBase(await loadGraphData(dir));
}

/** The knowledge base with its relations' reads counted (graph.getEdgeAttributes): how far a writer has gone. */
export function counted(kb: KnowledgeBase): { kb: KnowledgeBase; relationsRead: () => number } {
  let reads = 0;
  const graph = new Proxy(kb.graph, {
    get(target, key) {
      if (key === 'getEdgeAttributes') reads++;
      return Reflect.get(target, key);
    },
  });
  return { kb: Object.create(kb, { graph: { value: graph } }) as KnowledgeBase, relationsRead: () => reads };
}
