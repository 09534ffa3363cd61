import { valueFromASTUntyped, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../../context.js';
import type { OrganizationWhere } from '../../generated/graphql.js';
import { loadAll } from '../loaders.js';
import type { EntityRow } from '../entity/entity.model.js';
import { pageParams, pageSize, toConnection } from '../shared/connection.js';
import { optionalDate } from '../shared/dates.js';
import { selectionAt, subSelection } from '../shared/selection.js';
import type { PageArgs } from '../statement/statement.service.js';
import { countOrganizations, listOrganizations, OFFICES_ONLY, type OfficeTree, type OrganizationFilter } from './organization.repository.js';

/** A page of organizations in name order. */
export function organizationConnection(ctx: GraphQLContext, where: OrganizationWhere | null | undefined, args: PageArgs) {
  const filter: OrganizationFilter = { name: where?.name ?? null, kind: where?.kind ?? null };
  const { size, params } = pageParams(args.first, args.after);
  return toConnection(() => listOrganizations(ctx.db, filter, params), size, args.after, (ids) => loadAll(ctx.loaders.entity, ids), () => countOrganizations(ctx.db, filter));
}

/**
 * The arguments given to a selected field, variables applied; an argument not given is undefined
 * (the arguments read here default to null). Untyped: the schema's types come from the graphql
 * instance Apollo loads, which may not be the one this module sees.
 */
function argumentsOf(info: GraphQLResolveInfo, node: FieldNode): Record<string, unknown> {
  return Object.fromEntries((node.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value, info.variableValues)]));
}

/**
 * How many of each holder's newest statements `holders { person { statements(...) } }` asks
 * for, when it asks for the first page in the default order (what Person.statements reads through
 * its loader); 0 otherwise, and when the arguments are wrong (the field itself reports that).
 */
function latestAsked(info: GraphQLResolveInfo, nodes: FieldNode[] | undefined): number {
  if (nodes?.length !== 1) return 0;
  const { first, after, where, orderBy } = argumentsOf(info, nodes[0]!);
  const plain = !after && (orderBy ?? 'SAID_ON_DESC') === 'SAID_ON_DESC' && Object.values(where ?? {}).every((v) => v === null || v === undefined);
  try {
    return plain ? pageSize(first as number | null | undefined) + 1 : 0;
  } catch {
    return 0;
  }
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
