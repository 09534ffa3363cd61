import type { Executor } from '../../db/executor.js';
import type { EntityRow } from '../entity/entity.model.js';
import type { KeyRow, Keyset } from '../shared/connection.js';

export interface OrganizationFilter {
  name: string | null;
  kind: string | null;
}

/** One page (plus one) of organization ids in name order. */
export function listOrganizations(db: Executor, filter: OrganizationFilter, page: Keyset & { limit: number }): Promise<KeyRow[]> {
  return db.read<KeyRow>('organization/listOrganizations', { ...filter, ...page });
}

/** How many organizations match. */
export async function countOrganizations(db: Executor, filter: OrganizationFilter): Promise<number> {
  const [row] = await db.read<{ count: number }>('organization/countOrganizations', filter);
  return row?.count ?? 0;
}

/** The office ids of several organizations, by title. */
export function getOfficesByOrganizationIds(db: Executor, ids: readonly string[]) {
  return db.read<{ key: string; office: EntityRow }>('organization/getOfficesByOrganizationIds', { ids });
}
