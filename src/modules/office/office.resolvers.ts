import { curatedEntityFields, entityEdits } from '../curation/curation.resolvers.js';
import type { Resolvers } from '../../generated/graphql.js';
import { loadEntityOf } from '../entity/entity.service.js';
import { connectionFields } from '../shared/connection.js';
import { optionalDate } from '../shared/dates.js';
import { statementConnection, toStatementFilter } from '../statement/statement.service.js';
import { officeConnection } from './office.service.js';

export const officeResolvers: Resolvers = {
  Query: {
    office: (_, { id }, ctx) => loadEntityOf(ctx, 'Office', id),
    offices: (_, { where, ...page }, ctx) => officeConnection(ctx, where, page),
  },
  Office: {
    title: (o) => o.title ?? '',
    aliases: (o) => o.aliases ?? [],
    organization: async (o, _, ctx) => (await loadEntityOf(ctx, 'Organization', o.organizationId))!,
    holders: (o, { at }, { loaders }) => loaders.holdersOfOffice(optionalDate(at, 'at')).load(o.id),
    statements: (o, { where, ...page }, ctx) => statementConnection(ctx, toStatementFilter(where, { officeId: o.id }), page),
    ...curatedEntityFields,
    edits: entityEdits,
  },
  OfficeConnection: connectionFields,
};
