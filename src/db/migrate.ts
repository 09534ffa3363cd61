import type { Executor } from './executor.js';
import type { CypherRegistry } from './registry.js';

/**
 * Schema that another process created while this one migrated too (two `saidgraph ingest` started
 * on a fresh database at once): the rule is in place in an equivalent form, which is what the
 * migration wanted.
 */
const ALREADY_THERE = new Set(['Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists', 'Neo.ClientError.Schema.IndexAlreadyExists', 'Neo.ClientError.Schema.ConstraintAlreadyExists']);

async function applyMigration(db: Executor, text: string): Promise<void> {
  try {
    await db.runMigration(text);
  } catch (error) {
    if (!ALREADY_THERE.has(String((error as { code?: unknown }).code))) throw error;
  }
}

/**
 * Applies the migrations of cypher/migrations that the graph has not recorded yet, in order, and
 * records each. Every migration is idempotent (IF NOT EXISTS), so a crash between applying and
 * recording is harmless. Returns the names applied now.
 */
export async function migrate(db: Executor, registry: CypherRegistry): Promise<string[]> {
  const applied = new Set((await db.read<{ name: string }>('db/listMigrations')).map((r) => r.name));
  const pending = registry.migrations.filter(([name]) => !applied.has(name));
  for (const [name, text] of pending) {
    await applyMigration(db, text);
    await db.write('db/recordMigration', { name });
  }
  await db.autoCommit('db/awaitIndexes');
  return pending.map(([name]) => name);
}
