import type { Executor } from '../../db/executor.js';
import type { EntityRow } from '../entity/entity.model.js';
import type { TenureModel } from '../person/person.model.js';
import type { StatementModel } from '../statement/statement.model.js';
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

/** How deep below an organization's offices a request goes: their holders on a day, and their latest statements. */
export interface OfficeTree {
  holders: boolean;
  at: string | null;
  /** How many of each holder's newest statements (0: none). */
  latest: number;
}

export const OFFICES_ONLY: OfficeTree = { holders: false, at: null, latest: 0 };

/** A holder of an office as the office tree brings it: the tenure, the person, its latest statements. */
export interface HolderRow {
  tenure: TenureModel;
  person: EntityRow;
  latest: Array<{ row: KeyRow; statement: StatementModel }> | null;
}

/** An office of an organization as the office tree brings it: its row, and its holders when asked. */
export interface OfficeRow {
  office: EntityRow;
  holders: HolderRow[] | null;
}

/** The offices of several organizations, by title, with as much of the tree below as asked. */
export function getOfficesByOrganizationIds(db: Executor, ids: readonly string[], tree: OfficeTree = OFFICES_ONLY) {
  return db.read<{ key: string; offices: OfficeRow[] }>('organization/getOfficesByOrganizationIds', { ids, ...tree });
}

/** Organizations with their offices and as much of the tree below as asked, in one statement. */
export function getOrganizationTrees(db: Executor, ids: readonly string[], tree: OfficeTree) {
  return db.read<{ organization: EntityRow; offices: OfficeRow[] }>('organization/getOrganizationTrees', { ids, ...tree });
}
