// kg accept, kg reject: a person decides on the draft relations kg ingest proposed.
import { Command } from 'commander';
import { dataDirFromEnv } from '../../config.ts';
import { acceptDraft, rejectDraft, type Selection } from '../../data/curate.ts';
import { UsageError } from '../../errors.ts';
import { type CliIO, plural, withDataOption } from '../io.ts';

function selection(ids: string[], all: boolean | undefined): Selection {
  if (all && ids.length > 0) throw new UsageError('give ids or --all, not both');
  if (!all && ids.length === 0) throw new UsageError('give the ids of the draft items, or --all');
  return all ? 'all' : ids;
}

export function acceptCommand(io: CliIO): Command {
  return withDataOption(
    new Command('accept')
      .description(
        'Move reviewed draft items into the curated files; a relation that corroborates a curated one adds its evidence to it. The entities an accepted relation needs come along.',
      )
      .argument('<source-id>', 'the draft, by the id of its source')
      .argument('[ids...]', 'the entity and relation ids to accept')
      .option('--all', 'accept everything in the draft'),
  ).action(async (sourceId: string, ids: string[], options: { all?: boolean; data?: string }) => {
    const dir = options.data ?? dataDirFromEnv(io.env);
    const { entities, relations, corroborated } = await acceptDraft(dir, sourceId, selection(ids, options.all));
    io.out(
      `accepted ${plural(entities, 'entity', 'entities')}, ${plural(relations, 'new relation')} and evidence for ${plural(corroborated, 'curated relation')} from the draft of ${sourceId}`,
    );
  });
}

export function rejectCommand(io: CliIO): Command {
  return withDataOption(
    new Command('reject')
      .description('Drop draft items; a relation that needs a dropped entity goes with it.')
      .argument('<source-id>', 'the draft, by the id of its source')
      .argument('[ids...]', 'the entity and relation ids to drop')
      .option('--all', 'drop the whole draft'),
  ).action(async (sourceId: string, ids: string[], options: { all?: boolean; data?: string }) => {
    const dir = options.data ?? dataDirFromEnv(io.env);
    const { entities, relations } = await rejectDraft(dir, sourceId, selection(ids, options.all));
    io.out(
      `rejected ${plural(entities, 'entity', 'entities')} and ${plural(relations, 'relation')} from the draft of ${sourceId}`,
    );
  });
}
