// The Path and PathStep types, and the query fields that return paths: shortestPath, paths.
import { paths } from '../graph/paths.ts';
import { shortestPath } from '../graph/shortest-path.ts';
import { AS_OF_DESCRIPTION, intInRange, limitText, walkOptions } from './arguments.ts';
import { builder } from './builder.ts';
import { DirectionEnum, RelationTypeEnum } from './enums.ts';

builder.objectType('Path', {
  description: 'A walk from one entity to another, hop by hop.',
  fields: (t) => ({
    length: t.int({ description: 'The number of hops.', resolve: (path) => path.steps.length }),
    entities: t.field({
      type: ['Entity'],
      description: 'length + 1 entities, from the start to the end.',
      resolve: (path) => path.entities,
    }),
    relations: t.field({
      type: ['Relation'],
      description: 'length relations, in walking order.',
      resolve: (path) => path.steps.map((step) => step.relation),
    }),
    steps: t.field({ type: ['PathStep'], resolve: (path) => path.steps }),
  }),
});

builder.objectType('PathStep', {
  description: 'One hop of a path: the relation walked, and the entities it was walked from and to.',
  fields: (t) => ({
    from: t.field({ type: 'Entity', resolve: (step) => step.from }),
    relation: t.field({ type: 'Relation', resolve: (step) => step.relation }),
    to: t.field({ type: 'Entity', resolve: (step) => step.to }),
    forward: t.exposeBoolean('forward', {
      description: 'False where this step walks a directed relation against its direction.',
    }),
  }),
});

builder.queryFields((t) => {
  const walkArgs = () => ({
    from: t.arg.string({ required: true, description: 'Where the path starts: an id, a name or an alias.' }),
    to: t.arg.string({ required: true, description: 'Where the path ends: an id, a name or an alias.' }),
    types: t.arg({ type: [RelationTypeEnum], description: 'Walk only relations of these types; all when absent.' }),
    direction: t.arg({
      type: DirectionEnum,
      description: 'Walk directed relations OUT (subject to object), IN, or ANY way (default).',
    }),
    asOf: t.arg.string({ description: AS_OF_DESCRIPTION }),
  });
  return {
    shortestPath: t.field({
      type: 'Path',
      nullable: true,
      description:
        'One path with the fewest hops from `from` to `to`, or null when none exists. Where several tie, the one whose relation ids, read from the start, come first in code-unit order.',
      args: walkArgs(),
      resolve: (_, args, context) => {
        const { resolver, graph } = context.kb;
        const from = resolver.resolve(args.from, 'from');
        const to = resolver.resolve(args.to, 'to');
        return shortestPath(graph, from, to, walkOptions(args, context));
      },
    }),
    paths: t.field({
      type: ['Path'],
      description:
        'Simple paths (no entity twice) of at most `maxLength` hops from `from` to `to`, shortest first; paths of one length in the code-unit order of their relation ids.',
      args: {
        ...walkArgs(),
        maxLength: t.arg.int({
          description: `The most hops a path may have: from 1 to ${limitText('maxLength', 'defaultMaxLength')}.`,
        }),
        first: t.arg.int({
          description: `The most paths to return: from 0 to ${limitText('maxPageSize', 'defaultPaths')}.`,
        }),
      },
      resolve: (_, args, context) => {
        const { limits, kb } = context;
        const maxLength = intInRange('maxLength', args.maxLength, limits.defaultMaxLength, 1, limits.maxLength);
        const first = intInRange('first', args.first, limits.defaultPaths, 0, limits.maxPageSize);
        const from = kb.resolver.resolve(args.from, 'from');
        const to = kb.resolver.resolve(args.to, 'to');
        return paths(kb.graph, from, to, { ...walkOptions(args, context), maxLength, first });
      },
    }),
  };
});
