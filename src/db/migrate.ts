import type { Executor } from './executor.js';
import type { CypherRegistry } from './registry.js';

/**
 * Schema that another process created while this one migrated too (two `saidgraph ingest` started
 * on a fresh database at once): the rule is in place in an equivalent form, which is what the
 * migration wanted.
 */
const ALREADY_THERE = new Set(['Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists', 'Neo.ClientError.Schema.IndexAlreadyExists', 'Neo.ClientError.Schema.ConstraintAlreadyExists']);

/** Schema commands of two processes can deadlock on Neo4j's schema locks; the loser tries again. */
const ATTEMPTS = 10;

async function applyMigration(db: Executor, text: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await db.runMigration(text);
      return;
    } catch (error) {
      const code = String((error as { code?: unknown }).code);
      if (ALREADY_THERE.has(code)) return;
      if (!code.startsWith('Neo.TransientError.') || attempt === ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 100));
    }
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
