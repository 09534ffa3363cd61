import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../../context.js';
import type { OrganizationWhere } from '../../generated/graphql.js';
import { loadAll, officeRowsFor, primeEntities } from '../loaders.js';
import { idFromIdOrName, loadEntityOf } from '../entity/entity.service.js';
import type { EntityRow } from '../entity/entity.model.js';
import { latestAsked } from '../person/person.service.js';
import { pageParams, toConnection } from '../shared/connection.js';
import { optionalDate } from '../shared/dates.js';
import { argumentsOf, selectionAt, subSelection } from '../shared/selection.js';
import type { PageArgs } from '../statement/statement.service.js';
import { countOrganizations, getOrganizationTrees, listOrganizations, OFFICES_ONLY, type OfficeTree, type OrganizationFilter } from './organization.repository.js';

/** A page of organizations in name order. */
export function organizationConnection(ctx: GraphQLContext, where: OrganizationWhere | null | undefined, args: PageArgs) {
  const filter: OrganizationFilter = { name: where?.name ?? null, kind: where?.kind ?? null };
  const { size, params } = pageParams(ctx.cursors, args.first, args.after);
  return toConnection(ctx.cursors, () => listOrganizations(ctx.db, filter, params), size, args.after, (ids) => loadAll(ctx.loaders.entity, ids), () => countOrganizations(ctx.db, filter));
}

/**
 * How far below an organization's offices the request goes: the offices' holders, and their latest
 * statements. `path` leads from the field resolved to the offices (none: it is the offices field).
 */
export function officeTree(info: GraphQLResolveInfo, ...path: string[]): OfficeTree {
  const holders = selectionAt(info, ...path).get('holders');
  // one holders field; aliases asking for other days are left to the loaders
  if (holders?.length !== 1) return OFFICES_ONLY;
  let at: string | null;
  try {
    at = optionalDate(argumentsOf(info, holders[0]!).at as string | null | undefined, 'at');
  } catch {
    return OFFICES_ONLY;
  }
  const statements = subSelection(selectionAt(info, ...path, 'holders'), 'person', info).get('statements');
  return { holders: true, at, latest: latestAsked(info, statements) };
}

/**
 * `organization(id | name)`: with offices selected (once), the organization and its office tree
 * come in one statement and go to the loaders the nested fields read.
 */
export async function organizationByIdOrName(ctx: GraphQLContext, args: { id?: string | null; name?: string | null }, info: GraphQLResolveInfo): Promise<EntityRow | null> {
  const id = await idFromIdOrName(ctx, 'Organization', args);
  if (!id) return null;
  if (selectionAt(info).get('offices')?.length !== 1) return loadEntityOf(ctx, 'Organization', id);
  const tree = officeTree(info, 'offices');
  const [row] = await getOrganizationTrees(ctx.db, [id], tree);
  // an id merged into another organization answers with that one (the loader follows the merge)
  if (!row) return loadEntityOf(ctx, 'Organization', id);
  primeEntities(ctx.loaders, [row.organization]);
  officesLoader(ctx, tree).prime(id, officeRowsFor(ctx.loaders, tree, row.offices));
  return row.organization;
}

/** An organization's offices, and as much of the tree below them as the request goes into, in one statement. */
export function officesOf(ctx: GraphQLContext, organizationId: string, tree: OfficeTree): Promise<EntityRow[]> {
  return officesLoader(ctx, tree).load(organizationId);
}

/** The offices loader of one tree shape (its JSON is the key, so that the root field primes the loader the offices field reads). */
function officesLoader(ctx: GraphQLContext, tree: OfficeTree) {
  return ctx.loaders.officesOfOrganization(JSON.stringify(tree));
}
