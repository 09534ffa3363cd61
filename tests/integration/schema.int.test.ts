import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.js';
import { QUERY_NAMES } from '../../src/db/queries.js';
import { specialise, switchesOf } from '../../src/db/specialise.js';
import { random as seededRandom } from '../../src/seededRandom.js';
import { openTestDatabase, type TestDatabase } from '../helpers/db.js';

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database?.close();
});

describe('the Cypher of cypher/ against the real database', () => {
  it.each(QUERY_NAMES)('%s plans with EXPLAIN', async (name) => {
    await expect(database.db.explain(name)).resolves.toBeUndefined();
  });
});

describe('the specialisations of cypher/ (their switches set) against the real database', () => {
  /** Parameters setting every switch of a template: all on, all off, or each by a seeded draw. */
  function switched(text: string, pick: (i: number) => boolean): Record<string, unknown> {
    const params: Record<string, unknown> = {};
    switchesOf(text).forEach((path, i) => {
      const keys = path.split('.');
      let at = params;
      for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
      at[keys.at(-1)!] = pick(i);
    });
    return params;
  }

  const switchedNames = QUERY_NAMES.filter((name) => !name.startsWith('db/') && !name.startsWith('migrations/'));
  it.each(switchedNames)('%s plans with EXPLAIN, its switches all on, all off and drawn', async (name) => {
    const template = database.registry.get(name);
    if (switchesOf(template).length === 0) return;
    const random = seededRandom(name.length * 7919);
    for (const pick of [() => true, () => false, () => random() < 0.5, () => random() < 0.5]) {
      const text = specialise(template, switched(template, pick));
      await expect(database.cypher(`EXPLAIN ${text}`), `${name}\n${text}`).resolves.toEqual([]);
    }
  });
});

describe('migrations', () => {
  it('are recorded in the graph and apply nothing the second time', async () => {
    expect(await migrate(database.db, database.registry)).toEqual([]);
    const recorded = await database.db.read<{ name: string }>('db/listMigrations');
    expect(recorded.map((r) => r.name).sort()).toEqual(database.registry.migrations.map(([name]) => name));
  });

  it('leave the uniqueness constraints and the full-text indexes online in the database', async () => {
    const indexes = await database.db.autoCommit<{ name: string; type: string; state: string; constraint: boolean }>('db/listIndexes');
    const byName = new Map(indexes.map((i) => [i.name, i]));
    for (const name of ['entity_id', 'person_id', 'organization_id', 'office_id', 'statement_id', 'article_id', 'article_content_hash']) {
      expect(byName.get(name)).toMatchObject({ state: 'ONLINE', constraint: true });
    }
    expect(byName.get('statement_text')).toMatchObject({ type: 'FULLTEXT', state: 'ONLINE' });
    expect(byName.get('entity_names')).toMatchObject({ type: 'FULLTEXT', state: 'ONLINE' });
    expect(byName.get('statement_newest_first')).toMatchObject({ type: 'RANGE', state: 'ONLINE' });
    expect(byName.get('statement_oldest_first')).toMatchObject({ type: 'RANGE', state: 'ONLINE' });
    // indexes no query uses are dropped: each one cost every statement written
    for (const name of ['statement_kind', 'statement_text_hash', 'statement_said_on_day']) expect(byName.has(name)).toBe(false);
  });
});
