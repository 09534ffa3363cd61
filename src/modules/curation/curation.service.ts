import type { GraphQLContext } from '../../context.js';
import { listEdits, type EditFilter, type EditModel } from '../../curation/audit.js';
import type { Curator } from '../../curation/curate.js';
import { requireScope } from '../../http/auth.js';
import type { TenureModel } from '../person/person.model.js';
import { pageSize, type ConnectionModel } from '../shared/connection.js';

/** The caller as a curator: needs the `curate` scope; the audit trail names them by their key's name. */
export function curator(ctx: GraphQLContext, reason: string | null | undefined): Curator {
  requireScope(ctx.caller, 'curate', ctx.config.apiKeys.length);
  return { actor: ctx.caller.key?.name ?? 'anonymous', reason: reason ?? null };
}

/** A page of the audit trail, oldest first; the cursor holds the sequence number of the last edit seen. */
export function editConnection(ctx: GraphQLContext, filter: EditFilter, args: { first?: number | null; after?: string | null }): ConnectionModel<EditModel> {
  const size = pageSize(args.first);
  const { afterKey } = ctx.cursors.decode(args.after);
  const after = typeof afterKey === 'number' ? afterKey : 0;
  let page: ReturnType<ConnectionModel<EditModel>['page']> | undefined;
  return {
    page: () =>
      (page ??= listEdits(ctx.db, filter, after, size + 1).then((edits) => ({
        edges: edits.slice(0, size).map((edit) => ({ cursor: ctx.cursors.encode({ id: edit.id, sortKey: edit.sequence }), node: edit })),
        hasNextPage: edits.length > size,
      }))),
    hasPreviousPage: Boolean(args.after),
    count: () => Promise.reject(new Error('edits are not counted')),
  };
}

/** A tenure by id, as the API reads it; null once removed. */
export async function tenureById(ctx: GraphQLContext, id: string): Promise<TenureModel | null> {
  const [row] = await ctx.db.read<{ snapshot: TenureModel & { removed: boolean } }>('curation/tenureSnapshot', { id });
  if (!row || row.snapshot.removed) return null;
  const { removed: _removed, ...tenure } = row.snapshot;
  return tenure;
}
