import { editConnection } from '../curation/curation.service.js';
import type { Resolvers } from '../../generated/graphql.js';
import { loadEntityOf } from '../entity/entity.service.js';
import { connectionFields } from '../shared/connection.js';
import { articleStatementConnection } from '../statement/statement.service.js';
import { articleByIdOrUrl, articleConnection } from './article.service.js';

export const articleResolvers: Resolvers = {
  Query: {
    article: (_, args, ctx) => articleByIdOrUrl(ctx, args),
    articles: (_, { where, ...page }, ctx) => articleConnection(ctx, where, page),
  },
  Article: {
    text: async (a, _, { loaders }) => (await loaders.articleText.load(a.id))!.text,
    publisher: (a, _, ctx) => loadEntityOf(ctx, 'Organization', a.publisherId),
    statements: (a, page, ctx) => articleStatementConnection(ctx, a.id, page),
    edits: (a, page, ctx) => editConnection(ctx, { articleId: a.id }, page),
  },
  ArticleConnection: connectionFields,
};
