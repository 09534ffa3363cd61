import type { GraphQLContext } from '../../context.js';
import type { OrganizationWhere } from '../../generated/graphql.js';
import { loadAll } from '../loaders.js';
import { pageParams, toConnection } from '../shared/connection.js';
import type { PageArgs } from '../statement/statement.service.js';
import { countOrganizations, listOrganizations, type OrganizationFilter } from './organization.repository.js';

/** A page of organizations in name order. */
export function organizationConnection(ctx: GraphQLContext, where: OrganizationWhere | null | undefined, args: PageArgs) {
  const filter: OrganizationFilter = { name: where?.name ?? null, kind: where?.kind ?? null };
  const { size, params } = pageParams(args.first, args.after);
  return toConnection(() => listOrganizations(ctx.db, filter, params), size, args.after, (ids) => loadAll(ctx.loaders.entity, ids), () => countOrganizations(ctx.db, filter));
}
