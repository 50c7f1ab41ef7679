// kg accept, kg reject: a person decides on the draft relations kg ingest proposed.
import { Command } from 'commander';
import { dataDirFromEnv } from '../../config.ts';
import type { Handover } from '../../data/drafts.ts';
import { acceptDraft, rejectDraft, type Selection } from '../../data/review.ts';
import { UsageError } from '../../errors.ts';
import { type CliIO, plural, withDataOption } from '../io.ts';

function selection(ids: string[], all: boolean | undefined): Selection {
  if (all && ids.length > 0) throw new UsageError('give ids or --all, not both');
  if (!all && ids.length === 0) throw new UsageError('give the ids of the draft items, or --all');
  return all ? 'all' : ids;
}

const REMOVED = '; nothing is left of that draft, so it was removed';

/** One line per draft that took over entities: `handed over 1 entity to the draft of b, whose relations name it: x`. */
export function handoverLines(handovers: Handover[]): string[] {
  const byDraft = new Map<string, string[]>();
  for (const { entity, to } of handovers) byDraft.set(to, [...(byDraft.get(to) ?? []), entity]);
  return [...byDraft].map(
    ([to, ids]) =>
      `handed over ${plural(ids.length, 'entity', 'entities')} to the draft of ${to}, whose relations name ${ids.length === 1 ? 'it' : 'them'}: ${ids.join(', ')}`,
  );
}

export function acceptCommand(io: CliIO): Command {
  return withDataOption(
    new Command('accept')
      .description(
        'Move reviewed draft items into the curated files; a relation that corroborates a curated one adds its evidence to it. The entities an accepted relation needs come along, from this draft or from the draft that proposed them.',
      )
      .argument('<source-id>', 'the draft, by the id of its source')
      .argument('[ids...]', 'the entity and relation ids to accept')
      .option('--all', 'accept everything in the draft'),
  ).action(async (sourceId: string, ids: string[], options: { all?: boolean; data?: string }) => {
    const dir = options.data ?? dataDirFromEnv(io.env);
    const result = await acceptDraft(dir, sourceId, selection(ids, options.all));
    io.out(
      `accepted ${plural(result.entities, 'entity', 'entities')}, ${plural(result.relations, 'new relation')} and evidence for ${plural(result.corroborated, 'curated relation')} from the draft of ${sourceId}`,
    );
    for (const { source, entities, removed } of result.broughtAlong) {
      io.out(
        `also accepted ${plural(entities.length, 'entity', 'entities')} from the draft of ${source}, which the accepted relations need: ${entities.join(', ')}${removed ? REMOVED : ''}`,
      );
    }
  });
}

export function rejectCommand(io: CliIO): Command {
  return withDataOption(
    new Command('reject')
      .description(
        'Drop draft items; a relation that needs a dropped entity goes with it. An entity that other drafts name is refused (with --all, handed over to the first of them), unless --cascade.',
      )
      .argument('<source-id>', 'the draft, by the id of its source')
      .argument('[ids...]', 'the entity and relation ids to drop')
      .option('--all', 'drop the whole draft; entities other drafts name go to the first of them')
      .option('--cascade', "also drop other drafts' relations that name a dropped entity"),
  ).action(async (sourceId: string, ids: string[], options: { all?: boolean; cascade?: boolean; data?: string }) => {
    const dir = options.data ?? dataDirFromEnv(io.env);
    const result = await rejectDraft(dir, sourceId, selection(ids, options.all), { cascade: options.cascade });
    io.out(
      `rejected ${plural(result.entities, 'entity', 'entities')} and ${plural(result.relations, 'relation')} from the draft of ${sourceId}`,
    );
    for (const { source, relations, removed } of result.cascaded) {
      io.out(
        `also rejected ${plural(relations.length, 'relation')} of the draft of ${source}, which named a rejected entity: ${relations.join(', ')}${removed ? REMOVED : ''}`,
      );
    }
    for (const line of handoverLines(result.handovers)) io.out(line);
  });
}
