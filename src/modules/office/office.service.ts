import type { GraphQLContext } from '../../context.js';
import type { OfficeWhere } from '../../generated/graphql.js';
import { loadAll } from '../loaders.js';
import { pageParams, toConnection } from '../shared/connection.js';
import type { PageArgs } from '../statement/statement.service.js';
import { countOffices, listOffices, type OfficeFilter } from './office.repository.js';

/** A page of offices in title order. */
export function officeConnection(ctx: GraphQLContext, where: OfficeWhere | null | undefined, args: PageArgs) {
  const filter: OfficeFilter = { title: where?.title ?? null, organizationId: where?.organizationId ?? null };
  const { size, params } = pageParams(ctx.cursors, args.first, args.after);
  return toConnection(ctx.cursors, () => listOffices(ctx.db, filter, params), size, args.after, (ids) => loadAll(ctx.loaders.entity, ids), () => countOffices(ctx.db, filter));
}
