import { recordEdit } from '../curation/audit.js';
import type { TxRunner } from '../db/executor.js';
import { followEntityMerges, type ArticleGraph } from './graph.js';
import { tenureId } from './ids.js';

type Entities = Pick<ArticleGraph, 'entities' | 'offices' | 'tenures'>;

function union(into: string[], more: readonly string[]): void {
  for (const alias of more) if (!into.includes(alias)) into.push(alias);
}

/**
 * One row per entity, office and tenure: a batch names the same speakers, countries and offices in
 * many articles. Merged as the Cypher would merge the rows one by one (aliases in the order first
 * seen; an entity's kind from the last row that has one, description and Wikidata id from the
 * first; a tenure's source from the first, its end from the last), so a batch writes what its
 * articles written one at a time would.
 */
export function uniqueRows(graph: Entities): Entities {
  const entities = new Map<string, ArticleGraph['entities'][number]>();
  for (const row of graph.entities) {
    const seen = entities.get(row.id);
    if (!seen) {
      entities.set(row.id, { ...row, aliases: [...row.aliases] });
      continue;
    }
    union(seen.aliases, row.aliases);
    seen.kind = row.kind ?? seen.kind;
    seen.description ??= row.description;
    seen.wikidataId ??= row.wikidataId;
  }
  const offices = new Map<string, ArticleGraph['offices'][number]>();
  for (const row of graph.offices) {
    const seen = offices.get(row.id);
    if (seen) {
      union(seen.aliases, row.aliases);
      seen.wikidataId ??= row.wikidataId;
    } else offices.set(row.id, { ...row, aliases: [...row.aliases] });
  }
  const tenures = new Map<string, ArticleGraph['tenures'][number]>();
  for (const row of graph.tenures) {
    const key = JSON.stringify([row.personId, row.officeId, row.start]);
    const seen = tenures.get(key);
    if (seen) seen.end = row.end;
    else tenures.set(key, { ...row });
  }
  return { entities: [...entities.values()], offices: [...offices.values()], tenures: [...tenures.values()] };
}

/** Entities, offices and tenures: what reference data and articles both write. */
export async function writeEntities(tx: TxRunner, graph: Entities): Promise<{ changedEntityIds: string[] }> {
  const { entities, offices, tenures } = uniqueRows(graph);
  const [changedEntities] = await tx.run<{ changed: string[] }>('ingest/mergeEntities', { entities });
  // (a query with no rows is a round trip for nothing: most articles give no tenure, many no office)
  const [changedOffices] = offices.length ? await tx.run<{ changed: string[] }>('ingest/mergeOffices', { offices }) : [];
  if (tenures.length) {
    await tx.run('ingest/mergeTenures', {
      tenures: tenures.map((t) => ({ ...t, id: tenureId(t.personId, t.officeId, t.start), origin: t.source === 'reference' ? 'REFERENCE' : 'MACHINE' })),
    });
  }
  return { changedEntityIds: [...(changedEntities?.changed ?? []), ...(changedOffices?.changed ?? [])] };
}

/**
 * Writes articles inside the caller's transaction: each article, its entities, offices,
 * statements with occurrences, mentions and nesting, in batches of rows. The caller's transaction
 * makes it all or nothing; ingestion passes one article, the bulk loader of the benchmark many.
 * With `createNew` (`saidgraph ingest --bulk`), the statements whose ids the graph does not hold
 * yet are created without merge locks (createStatements.cypher), and so are their mentions; a
 * statement the graph holds, or one a second article of the batch reports again, is merged as
 * always. The graph is the same either way.
 */
export async function writeArticleGraphs(tx: TxRunner, graphs: ArticleGraph[], options: { createNew?: boolean; later?: LaterWrites } = {}): Promise<{ changedEntityIds: string[] }> {
  const written = await writeEntities(tx, {
    entities: graphs.flatMap((g) => g.entities),
    offices: graphs.flatMap((g) => g.offices),
    tenures: graphs.flatMap((g) => g.tenures),
  });
  await tx.run('ingest/mergeArticles', { articles: graphs.map((g) => g.article) });
  const statements = graphs.flatMap((g) => g.statements);
  const mentions = graphs.flatMap((g) => g.mentions);
  const later = options.later ?? new LaterWrites();
  if (options.createNew) later.created.push(...(await createOrMergeStatements(tx, statements)));
  else if (statements.length) await tx.run('ingest/mergeStatements', { statements });
  later.mentions.push(...mentions);
  later.statementIds.push(...statements.map((s) => s.id));
  later.links.push(...graphs.flatMap((g) => g.embedded));
  later.named.push(...graphs.flatMap((g) => g.entities.filter((e) => e.id !== g.article.publisherId).map((e) => ({ articleId: g.article.id, entityId: e.id }))));
  if (!options.later) await later.write(tx);
  return written;
}

/**
 * What a bulk batch writes once, at its end, for all its articles: the statements' mentions, the
 * speakers' newest statements, nesting, and the entities each article names. No identity decision
 * of a later article reads them (src/ingest/identity.ts reads names, offices, organizations,
 * publishers, days and tenures), so the graph is the one the articles written in turn leave: the
 * newest statements of a speaker are the newest of all, whenever they are counted.
 */
export class LaterWrites {
  readonly mentions: ArticleGraph['mentions'] = [];
  readonly statementIds: string[] = [];
  readonly links: ArticleGraph['embedded'] = [];
  readonly named: Array<{ articleId: string; entityId: string }> = [];
  /** The statements the batch created (createNew): their mentions are created, the others' merged. */
  readonly created: string[] = [];

  async write(tx: TxRunner): Promise<void> {
    await createOrMergeMentions(tx, this.mentions, new Set(this.created));
    if (this.statementIds.length) await tx.run('ingest/updateLatestStatements', { statementIds: [...new Set(this.statementIds)] });
    if (this.links.length) await tx.run('ingest/linkEmbedded', { links: this.links });
    if (this.named.length) await tx.run('ingest/mergeArticleMentions', { rows: this.named });
  }
}

/** The statements of a batch: those new to the graph created, the others merged; the ids of those created. */
async function createOrMergeStatements(tx: TxRunner, statements: ArticleGraph['statements']): Promise<string[]> {
  if (!statements.length) return [];
  const existing = new Set((await tx.run<{ id: string }>('ingest/findExistingStatements', { ids: [...new Set(statements.map((s) => s.id))] })).map((r) => r.id));
  const created = new Set<string>();
  const fresh: typeof statements = [];
  const again: typeof statements = [];
  for (const s of statements) {
    if (existing.has(s.id) || created.has(s.id)) again.push(s);
    else {
      created.add(s.id);
      fresh.push(s);
    }
  }
  if (fresh.length) await tx.run('ingest/createStatements', { statements: fresh });
  if (again.length) await tx.run('ingest/mergeStatements', { statements: again });
  return [...created];
}

/** Mentions of statements a batch created are created, the others merged; each (statement, entity, start) once. */
async function createOrMergeMentions(tx: TxRunner, mentions: ArticleGraph['mentions'], created: ReadonlySet<string>): Promise<void> {
  const keys = new Set<string>();
  const newMentions: typeof mentions = [];
  const otherMentions: typeof mentions = [];
  for (const m of mentions) {
    const key = JSON.stringify([m.statementId, m.entityId, m.start]);
    if (keys.has(key)) continue;
    keys.add(key);
    (created.has(m.statementId) ? newMentions : otherMentions).push(m);
  }
  if (newMentions.length) await tx.run('ingest/createMentions', { mentions: newMentions });
  if (otherMentions.length) await tx.run('ingest/mergeMentions', { mentions: otherMentions });
}

/** Writes one article inside the caller's transaction. */
export function writeArticleGraph(tx: TxRunner, graph: ArticleGraph): Promise<{ changedEntityIds: string[] }> {
  return writeArticleGraphs(tx, [graph]);
}

/** Writes reference data (entities, offices, tenures) and records it in the audit trail. */
export async function writeReference(tx: TxRunner, graph: Entities, audit: { actor: string; file: string }): Promise<void> {
  // an entity a curator merged into another: its reference facts go to that one
  const { changedEntityIds } = await writeEntities(tx, await followEntityMerges(tx, graph));
  await recordEdit(tx, {
    actor: audit.actor,
    operation: 'importReference',
    before: null,
    after: { file: audit.file, entities: graph.entities.length, offices: graph.offices.length, tenures: graph.tenures.length },
    entityIds: changedEntityIds,
  });
}
