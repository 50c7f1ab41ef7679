// The entities proposed for a text with nothing known, as "KIND name": what the candidate finders' tests compare.
import { parseDocument } from '../../../src/ingest/document.ts';
import { proposeEntities } from '../../../src/ingest/entities.ts';

export function proposed(text: string): string[] {
  return proposeEntities(parseDocument(text), [], 'test').proposed.map((e) => `${e.kind} ${e.name}`);
}

export function aliasesOf(text: string, name: string): string[] {
  const entity = proposeEntities(parseDocument(text), [], 'test').proposed.find((e) => e.name === name);
  return [...(entity?.aliases ?? [])].sort();
}
