import { curatedEntityFields, entityEdits } from '../curation/curation.resolvers.js';
import type { OrganizationKind, Resolvers } from '../../generated/graphql.js';
import { connectionFields } from '../shared/connection.js';
import { statementConnection, toStatementFilter } from '../statement/statement.service.js';
import { officesOf, officeTree, organizationByIdOrName, organizationConnection } from './organization.service.js';

export const organizationResolvers: Resolvers = {
  Query: {
    organization: (_, args, ctx, info) => organizationByIdOrName(ctx, args, info),
    organizations: (_, { where, ...page }, ctx) => organizationConnection(ctx, where, page),
  },
  Organization: {
    name: (o) => o.name ?? '',
    aliases: (o) => o.aliases ?? [],
    kind: (o) => (o.kind ?? 'OTHER') as OrganizationKind,
    offices: (o, _, ctx, info) => officesOf(ctx, o.id, officeTree(info)),
    statements: (o, { where, ...page }, ctx) => statementConnection(ctx, toStatementFilter(where, { organizationId: o.id }), page),
    mentionedIn: (o, page, ctx) => statementConnection(ctx, toStatementFilter(null, { mentions: o.id }), page),
    ...curatedEntityFields,
    edits: entityEdits,
  },
  Group: {
    name: (g) => g.name ?? '',
    aliases: (g) => g.aliases ?? [],
    ...curatedEntityFields,
  },
  Place: {
    name: (p) => p.name ?? '',
    aliases: (p) => p.aliases ?? [],
    ...curatedEntityFields,
  },
  OrganizationConnection: connectionFields,
};
