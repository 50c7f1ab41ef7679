// A bench-only loader for when loadGraphData cannot load a size: plain JSON.parse and the same quote locating, no validation.
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ENTITIES_FILE, type GraphData, RELATIONS_FILE, SOURCES_DIR } from '../src/data/load.ts';
import { createQuoteLocator } from '../src/data/locate-quote.ts';
import type { RelationsFile } from '../src/data/schema.ts';
import type { Entity, Evidence, Relation, Source } from '../src/model.ts';

type RawRelation = RelationsFile['relations'][number];

/**
 * Reads a graph-data tree the generator wrote, trusting it (it was validated at smaller sizes):
 * no schema, reference or alias checks, no line numbers. Quotes are located as the loader
 * locates them (`createQuoteLocator`, one per source), so evidence offsets are the same. For measuring what comes after loading
 * at sizes where `loadGraphData` itself fails or is too slow.
 * @throws Error when a file is missing or a quote is not in its source.
 */
export async function loadTrustedGraphData(dir: string): Promise<GraphData> {
  const sources = new Map<string, Source>();
  const files = (await readdir(join(dir, SOURCES_DIR))).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) {
    const id = basename(file, '.json');
    const { $schema: _, ...meta } = JSON.parse(await readFile(join(dir, SOURCES_DIR, file), 'utf8'));
    sources.set(id, { ...meta, text: await readFile(join(dir, SOURCES_DIR, `${id}.txt`), 'utf8') });
  }
  const entities = (JSON.parse(await readFile(join(dir, ENTITIES_FILE), 'utf8')) as { entities: Entity[] }).entities;
  const raw = (JSON.parse(await readFile(join(dir, RELATIONS_FILE), 'utf8')) as { relations: RawRelation[] }).relations;
  const locators = new Map([...sources].map(([id, { text }]) => [id, createQuoteLocator(text)]));
  const relations: Relation[] = new Array(raw.length);
  raw.forEach(({ evidence: quotes, ...fields }, i) => {
    const evidence: Evidence[] = quotes.map(({ source: sourceId, quote }) => {
      const located = locators.get(sourceId)?.(quote);
      if (!located) throw new Error(`${fields.id}: quote not found in source "${sourceId}"`);
      return { sourceId, quote, ...located };
    });
    relations[i] = { ...fields, evidence };
  });
  return { entities, relations, sources: [...sources.values()] };
}
