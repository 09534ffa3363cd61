import type { Executor } from '../../db/executor.js';
import type { EntityLabel, EntityRow } from './entity.model.js';

/** Entities of any kind by id, in one statement, in the order asked (null where missing); a merged id gives the entity it joined. */
export async function getEntitiesByIds(db: Executor, ids: readonly string[]): Promise<Array<EntityRow | null>> {
  const rows = await db.read<{ key: string; entity: EntityRow }>('entity/getEntitiesByIds', { ids });
  const found = new Map(rows.map((r) => [r.key, r.entity]));
  return ids.map((id) => found.get(id) ?? null);
}

/** The id of the entity of this label with this name or alias, if any. */
export async function findEntityByName(db: Executor, label: EntityLabel, name: string): Promise<string | null> {
  const rows = await db.read<{ id: string }>('entity/findEntityByName', { label, name });
  return rows[0]?.id ?? null;
}
