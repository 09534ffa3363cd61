import type { Executor } from '../../db/executor.js';
import type { EntityRow } from '../entity/entity.model.js';
import type { TenureModel } from '../person/person.model.js';
import type { KeyRow, Keyset } from '../shared/connection.js';

export interface OfficeFilter {
  title: string | null;
  organizationId: string | null;
}

/** One page (plus one) of office ids in title order. */
export function listOffices(db: Executor, filter: OfficeFilter, page: Keyset & { limit: number }): Promise<KeyRow[]> {
  return db.read<KeyRow>('office/listOffices', { ...filter, ...page });
}

/** How many offices match. */
export async function countOffices(db: Executor, filter: OfficeFilter): Promise<number> {
  const [row] = await db.read<{ count: number }>('office/countOffices', filter);
  return row?.count ?? 0;
}

/** The holders of several offices, optionally only those in office on a day. */
export function getHoldersByOfficeIds(db: Executor, ids: readonly string[], at: string | null) {
  return db.read<{ key: string; tenure: TenureModel; entities: EntityRow[] }>('office/getHoldersByOfficeIds', { ids, at });
}
