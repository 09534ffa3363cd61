import { curatedEntityFields, entityEdits } from '../curation/curation.resolvers.js';
import type { Resolvers } from '../../generated/graphql.js';
import { loadEntityOf } from '../entity/entity.service.js';
import { connectionFields } from '../shared/connection.js';
import { optionalDate } from '../shared/dates.js';
import { speakerStatementConnection, statementConnection, toStatementFilter } from '../statement/statement.service.js';
import { personByIdOrName, personConnection, personTree } from './person.service.js';

export const personResolvers: Resolvers = {
  Query: {
    person: (_, args, ctx, info) => personByIdOrName(ctx, args, personTree(info)),
    people: (_, { where, ...page }, ctx) => personConnection(ctx, where, page),
  },
  Person: {
    name: (p) => p.name ?? '',
    aliases: (p) => p.aliases ?? [],
    description: (p) => p.description ?? null,
    wikidataId: (p) => p.wikidataId ?? null,
    tenures: (p, { at }, { loaders }) => loaders.tenuresOfPerson(optionalDate(at, 'at')).load(p.id),
    statements: (p, { where, ...page }, ctx) => speakerStatementConnection(ctx, p.id, where, page),
    mentionedIn: (p, page, ctx) => statementConnection(ctx, toStatementFilter(null, { mentions: p.id }), page),
    ...curatedEntityFields,
    edits: entityEdits,
  },
  Tenure: {
    person: async (t, _, ctx) => (await loadEntityOf(ctx, 'Person', t.personId))!,
    office: async (t, _, ctx) => (await loadEntityOf(ctx, 'Office', t.officeId))!,
  },
  PersonConnection: connectionFields,
};
