import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../../context.js';
import type { OrganizationWhere } from '../../generated/graphql.js';
import { loadAll } from '../loaders.js';
import type { EntityRow } from '../entity/entity.model.js';
import { latestAsked } from '../person/person.service.js';
import { pageParams, toConnection } from '../shared/connection.js';
import { optionalDate } from '../shared/dates.js';
import { argumentsOf, selectionAt, subSelection } from '../shared/selection.js';
import type { PageArgs } from '../statement/statement.service.js';
import { countOrganizations, listOrganizations, OFFICES_ONLY, type OfficeTree, type OrganizationFilter } from './organization.repository.js';

/** A page of organizations in name order. */
export function organizationConnection(ctx: GraphQLContext, where: OrganizationWhere | null | undefined, args: PageArgs) {
  const filter: OrganizationFilter = { name: where?.name ?? null, kind: where?.kind ?? null };
  const { size, params } = pageParams(ctx.cursors, args.first, args.after);
  return toConnection(ctx.cursors, () => listOrganizations(ctx.db, filter, params), size, args.after, (ids) => loadAll(ctx.loaders.entity, ids), () => countOrganizations(ctx.db, filter));
}

/** How far below an organization's offices the request goes: the offices' holders, and their latest statements. */
export function officeTree(info: GraphQLResolveInfo): OfficeTree {
  const holders = selectionAt(info).get('holders');
  // one holders field; aliases asking for other days are left to the loaders
  if (holders?.length !== 1) return OFFICES_ONLY;
  let at: string | null;
  try {
    at = optionalDate(argumentsOf(info, holders[0]!).at as string | null | undefined, 'at');
  } catch {
    return OFFICES_ONLY;
  }
  const statements = subSelection(selectionAt(info, 'holders'), 'person', info).get('statements');
  return { holders: true, at, latest: latestAsked(info, statements) };
}

/** An organization's offices, and as much of the tree below them as the request goes into, in one statement. */
export function officesOf(ctx: GraphQLContext, organizationId: string, tree: OfficeTree): Promise<EntityRow[]> {
  return ctx.loaders.officesOfOrganization(JSON.stringify(tree)).load(organizationId);
}
