import type { Resolvers } from '../../generated/graphql.js';
import { statementJsonLd } from './jsonld.js';
import { neighborhood, path, search, statementCounts } from './research.service.js';
import { JsonScalar } from './json.scalar.js';

export const researchResolvers: Resolvers = {
  JSON: JsonScalar,
  Query: {
    search: (_, args, ctx) => search(ctx, args),
    statementCounts: (_, { by, where, first }, ctx) => statementCounts(ctx, by, where, first),
    path: (_, { from, to, maxHops }, ctx) => path(ctx, from, to, maxHops),
    neighborhood: (_, { id, depth, limit }, ctx) => neighborhood(ctx, id, depth, limit),
  },
  SearchHit: {
    node: async (hit, _, { loaders }) => (hit.type === 'STATEMENT' ? loaders.statement.load(hit.id) : loaders.entity.load(hit.id)) as never,
  },
  Statement: {
    jsonLd: (s, _, ctx) => statementJsonLd(ctx, s),
  },
};

