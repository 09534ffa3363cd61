import type { Executor } from './executor.js';
import type { CypherRegistry } from './registry.js';

/**
 * Applies the migrations of cypher/migrations that the graph has not recorded yet, in order, and
 * records each. Every migration is idempotent (IF NOT EXISTS), so a crash between applying and
 * recording is harmless. Returns the names applied now.
 */
export async function migrate(db: Executor, registry: CypherRegistry): Promise<string[]> {
  const applied = new Set((await db.read<{ name: string }>('db/listMigrations')).map((r) => r.name));
  const pending = registry.migrations.filter(([name]) => !applied.has(name));
  for (const [name, text] of pending) {
    await db.runMigration(text);
    await db.write('db/recordMigration', { name });
  }
  await db.autoCommit('db/awaitIndexes');
  return pending.map(([name]) => name);
}
