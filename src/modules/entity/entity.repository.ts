import type { Executor } from '../../db/executor.js';
import type { EntityLabel, EntityRow } from './entity.model.js';

/** Entities of any kind by id, in one statement. */
export async function getEntitiesByIds(db: Executor, ids: readonly string[]): Promise<EntityRow[]> {
  const rows = await db.read<{ entity: EntityRow }>('entity/getEntitiesByIds', { ids });
  return rows.map((r) => r.entity);
}

/** The id of the entity of this label with this name or alias, if any. */
export async function findEntityByName(db: Executor, label: EntityLabel, name: string): Promise<string | null> {
  const rows = await db.read<{ id: string }>('entity/findEntityByName', { label, name });
  return rows[0]?.id ?? null;
}
