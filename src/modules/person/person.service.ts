import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../../context.js';
import type { PersonWhere, StatementOrder } from '../../generated/graphql.js';
import { loadAll, primeEntities, primeLatest } from '../loaders.js';
import type { EntityRow } from '../entity/entity.model.js';
import { idFromIdOrName, loadEntityOf } from '../entity/entity.service.js';
import { pageParams, toConnection } from '../shared/connection.js';
import { optionalDate } from '../shared/dates.js';
import { argumentsOf, selectionAt } from '../shared/selection.js';
import { latestStatementsLimit, type PageArgs } from '../statement/statement.service.js';
import { countPeople, getPersonTrees, listPeople, type PersonFilter, type PersonTree } from './person.repository.js';

/** A page of people in name order. */
export function personConnection(ctx: GraphQLContext, where: PersonWhere | null | undefined, args: PageArgs) {
  const filter: PersonFilter = { name: where?.name ?? null, officeId: where?.officeId ?? null, organizationId: where?.organizationId ?? null };
  const { size, params } = pageParams(ctx.cursors, args.first, args.after);
  return toConnection(ctx.cursors, () => listPeople(ctx.db, filter, params), size, args.after, (ids) => loadAll(ctx.loaders.entity, ids), () => countPeople(ctx.db, filter));
}

/**
 * How many of a person's newest statements a selected `statements(...)` field will read through
 * its loader (statement.service's latestStatementsLimit); 0 for a page it reads otherwise, and when
 * the arguments are wrong (the field itself reports that).
 */
export function latestAsked(info: GraphQLResolveInfo, nodes: FieldNode[] | undefined): number {
  if (nodes?.length !== 1) return 0;
  const { first, after, where, orderBy } = argumentsOf(info, nodes[0]!);
  try {
    return latestStatementsLimit(where as Record<string, unknown> | null | undefined, {
      first: first as number | null | undefined,
      after: after as string | null | undefined,
      orderBy: orderBy as StatementOrder | null | undefined,
    }) ?? 0;
  } catch {
    return 0;
  }
}

/** How far below a person the request goes: tenures (on a day) and latest statements. */
export function personTree(info: GraphQLResolveInfo): PersonTree {
  const selection = selectionAt(info);
  const tenures = selection.get('tenures');
  let at: string | null = null;
  try {
    at = tenures?.length === 1 ? optionalDate(argumentsOf(info, tenures[0]!).at as string | null | undefined, 'at') : null;
  } catch {
    // a wrong day: the tenures field reports it
  }
  return { tenures: tenures?.length === 1, at, latest: latestAsked(info, selection.get('statements')) };
}

/**
 * `person(id | name)`: with tenures or latest statements selected, the person and those come in
 * one statement and go to the loaders the nested fields read.
 */
export async function personByIdOrName(ctx: GraphQLContext, args: { id?: string | null; name?: string | null }, tree: PersonTree): Promise<EntityRow | null> {
  const id = await idFromIdOrName(ctx, 'Person', args);
  if (!id) return null;
  if (!tree.tenures && tree.latest === 0) return loadEntityOf(ctx, 'Person', id);
  const [row] = await getPersonTrees(ctx.db, [id], tree);
  // an id merged into another person answers with that person (the loader follows the merge)
  if (!row) return loadEntityOf(ctx, 'Person', id);
  primeEntities(ctx.loaders, [row.person, ...(row.tenures ?? []).flatMap((t) => t.entities)]);
  if (row.tenures) ctx.loaders.tenuresOfPerson(tree.at).prime(id, row.tenures.map((t) => t.tenure));
  if (row.latest) primeLatest(ctx.loaders, id, tree.latest, row.latest);
  return row.person;
}
