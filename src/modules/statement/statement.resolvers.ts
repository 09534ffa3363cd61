import { editConnection } from '../curation/curation.service.js';
import type { Resolvers } from '../../generated/graphql.js';
import { loadEntityOf } from '../entity/entity.service.js';
import { loadExisting } from '../loaders.js';
import { connectionFields } from '../shared/connection.js';
import { connectionItemSelection, selectionAt } from '../shared/selection.js';
import { statementById, statementConnection, statementLinks, toStatementFilter } from './statement.service.js';

export const statementResolvers: Resolvers = {
  Query: {
    statement: (_, { id }, ctx, info) => statementById(ctx, id, statementLinks(selectionAt(info), info)),
    statements: (_, { where, ...page }, ctx, info) => statementConnection(ctx, toStatementFilter(where), page, statementLinks(connectionItemSelection(info), info)),
  },
  Statement: {
    speaker: (s, _, { loaders }) => (s.speakerId ? loaders.entity.load(s.speakerId) : null),
    inCapacityOf: (s, _, ctx) => loadEntityOf(ctx, 'Office', s.officeId),
    onBehalfOf: (s, _, ctx) => loadEntityOf(ctx, 'Organization', s.onBehalfOfId),
    occurrences: (s, _, { loaders }) => loaders.occurrences.load(s.id),
    mentions: (s, _, { loaders }) => loaders.mentions.load(s.id),
    embeddedIn: (s, _, { loaders }) => (s.embeddedInId ? loaders.statement.load(s.embeddedInId) : null),
    embeds: async (s, _, { loaders }) => loadExisting(loaders.statement, await loaders.embeds.load(s.id)),
    attribution: (s) => s,
    edits: (s, page, ctx) => editConnection(ctx, { statementId: s.id }, page),
  },
  Occurrence: {
    article: async (o, _, { loaders }) => (await loaders.article.load(o.articleId))!,
  },
  Mention: {
    entity: async (m, _, { loaders }) => (await loaders.entity.load(m.entityId))!,
  },
  StatementConnection: connectionFields,
};
