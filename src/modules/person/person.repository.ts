import type { Executor } from '../../db/executor.js';
import type { EntityRow } from '../entity/entity.model.js';
import type { KeyRow, Keyset } from '../shared/connection.js';
import type { StatementModel } from '../statement/statement.model.js';
import type { TenureModel } from './person.model.js';

export interface PersonFilter {
  name: string | null;
  officeId: string | null;
  organizationId: string | null;
}

/** One page (plus one) of people ids in name order. */
export function listPeople(db: Executor, filter: PersonFilter, page: Keyset & { limit: number }): Promise<KeyRow[]> {
  return db.read<KeyRow>('person/listPeople', { ...filter, ...page });
}

/** How many people match. */
export async function countPeople(db: Executor, filter: PersonFilter): Promise<number> {
  const [row] = await db.read<{ count: number }>('person/countPeople', filter);
  return row?.count ?? 0;
}

/** The tenures of several people, optionally only those that include a day. */
export function getTenuresByPersonIds(db: Executor, ids: readonly string[], at: string | null) {
  return db.read<{ key: string; tenure: TenureModel; entities: EntityRow[] }>('person/getTenuresByPersonIds', { ids, at });
}

/** How far below a person a request goes: its tenures (on a day), its latest statements. */
export interface PersonTree {
  tenures: boolean;
  at: string | null;
  /** How many of the newest statements (0: none). */
  latest: number;
}

/** People with their tenures and latest statements, as far as asked, in one statement. */
export function getPersonTrees(db: Executor, ids: readonly string[], tree: PersonTree) {
  return db.read<{
    person: EntityRow;
    tenures: Array<{ tenure: TenureModel; entities: EntityRow[] }> | null;
    latest: Array<{ row: KeyRow; statement: StatementModel }> | null;
  }>('person/getPersonTrees', { ids, ...tree });
}
