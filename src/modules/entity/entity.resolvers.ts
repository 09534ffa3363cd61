import { badInput } from '../../errors.js';
import type { Resolvers } from '../../generated/graphql.js';
import type { ArticleModel } from '../article/article.model.js';
import type { Loaders } from '../loaders.js';
import type { StatementModel } from '../statement/statement.model.js';
import { entityType, type EntityRow } from './entity.model.js';

type AnyNode = EntityRow | ArticleModel | StatementModel;

/** Finds any node by its global id; the prefix says where to look. */
function loadNode(loaders: Loaders, id: string): Promise<AnyNode | null> {
  if (id.startsWith('statement:')) return loaders.statement.load(id);
  if (id.startsWith('article:')) return loaders.article.load(id);
  return loaders.entity.load(id);
}

function nodeType(node: AnyNode) {
  if ('labels' in node) return entityType(node);
  return 'contentHash' in node ? 'Article' : 'Statement';
}

export const entityResolvers: Resolvers = {
  Query: {
    node: (_, { id }, { loaders }) => loadNode(loaders, id),
    nodes: (_, { ids }, { loaders }) => {
      if (ids.length > 100) throw badInput('nodes takes at most 100 ids', { argument: 'ids' });
      return Promise.all(ids.map((id) => loadNode(loaders, id)));
    },
  },
  Node: { __resolveType: (node) => nodeType(node as AnyNode) },
  Speaker: { __resolveType: (node) => entityType(node) as 'Person' | 'Organization' | 'Group' },
  MentionTarget: { __resolveType: (node) => entityType(node) },
};
