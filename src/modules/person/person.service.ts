import type { GraphQLContext } from '../../context.js';
import type { PersonWhere } from '../../generated/graphql.js';
import { loadAll } from '../loaders.js';
import { pageParams, toConnection } from '../shared/connection.js';
import type { PageArgs } from '../statement/statement.service.js';
import { countPeople, listPeople, type PersonFilter } from './person.repository.js';

/** A page of people in name order. */
export function personConnection(ctx: GraphQLContext, where: PersonWhere | null | undefined, args: PageArgs) {
  const filter: PersonFilter = { name: where?.name ?? null, officeId: where?.officeId ?? null, organizationId: where?.organizationId ?? null };
  const { size, params } = pageParams(args.first, args.after);
  return toConnection(() => listPeople(ctx.db, filter, params), size, args.after, (ids) => loadAll(ctx.loaders.entity, ids), () => countPeople(ctx.db, filter));
}
