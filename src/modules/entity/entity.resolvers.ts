import { badInput } from '../../errors.js';
import type { Resolvers } from '../../generated/graphql.js';
import type { ArticleModel } from '../article/article.model.js';
import type { GraphQLContext } from '../../context.js';
import { getEdit, type EditModel } from '../../curation/audit.js';
import type { StatementModel } from '../statement/statement.model.js';
import { entityType, type EntityRow } from './entity.model.js';

type AnyNode = EntityRow | ArticleModel | StatementModel | EditModel;

/** Finds any node by its global id; the prefix says where to look. */
function loadNode(ctx: GraphQLContext, id: string): Promise<AnyNode | null> {
  const { loaders } = ctx;
  if (id.startsWith('edit:')) return getEdit(ctx.db, id);
  if (id.startsWith('statement:')) return loaders.statement.load(id);
  if (id.startsWith('article:')) return loaders.article.load(id);
  return loaders.entity.load(id);
}

function nodeType(node: AnyNode) {
  if ('labels' in node) return entityType(node);
  if ('sequence' in node) return 'Edit';
  return 'contentHash' in node ? 'Article' : 'Statement';
}

export const entityResolvers: Resolvers = {
  Query: {
    node: (_, { id }, ctx) => loadNode(ctx, id),
    nodes: (_, { ids }, ctx) => {
      if (ids.length > 100) throw badInput('nodes takes at most 100 ids', { argument: 'ids' });
      return Promise.all(ids.map((id) => loadNode(ctx, id)));
    },
  },
  Node: { __resolveType: (node) => nodeType(node as AnyNode) },
  Speaker: { __resolveType: (node) => entityType(node) as 'Person' | 'Organization' | 'Group' },
  MentionTarget: { __resolveType: (node) => entityType(node) },
};
