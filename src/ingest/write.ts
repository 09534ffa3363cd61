import type { TxRunner } from '../db/executor.js';
import type { ArticleGraph } from './graph.js';

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

/** The statements of a batch grouped by speaker, for the speakers' lists of newest statements. */
function bySpeaker(statements: ArticleGraph['statements']): Array<{ speakerId: string; statementIds: string[] }> {
  const groups = new Map<string, string[]>();
  for (const { speakerId, id } of statements) {
    if (!speakerId) continue;
    const group = groups.get(speakerId);
    if (group) group.push(id);
    else groups.set(speakerId, [id]);
  }
  return [...groups].map(([speakerId, statementIds]) => ({ speakerId, statementIds }));
}

/** Entities, offices and tenures: what reference data and articles both write. */
export async function writeEntities(tx: TxRunner, graph: Entities): Promise<void> {
  const { entities, offices, tenures } = uniqueRows(graph);
  await tx.run('ingest/mergeEntities', { entities });
  await tx.run('ingest/mergeOffices', { offices });
  await tx.run('ingest/mergeTenures', { tenures });
}

/**
 * Writes articles inside the caller's transaction: each article, its entities, offices,
 * statements with occurrences, mentions and nesting, in batches of rows. The caller's transaction
 * makes it all or nothing; ingestion passes one article, the bulk loader of the benchmark many.
 */
export async function writeArticleGraphs(tx: TxRunner, graphs: ArticleGraph[]): Promise<void> {
  await writeEntities(tx, {
    entities: graphs.flatMap((g) => g.entities),
    offices: graphs.flatMap((g) => g.offices),
    tenures: graphs.flatMap((g) => g.tenures),
  });
  await tx.run('ingest/mergeArticles', { articles: graphs.map((g) => g.article) });
  const statements = graphs.flatMap((g) => g.statements);
  await tx.run('ingest/mergeStatements', { statements });
  await tx.run('ingest/updateLatestStatements', { speakers: bySpeaker(statements) });
  await tx.run('ingest/mergeMentions', { mentions: graphs.flatMap((g) => g.mentions) });
  await tx.run('ingest/linkEmbedded', { links: graphs.flatMap((g) => g.embedded) });
  const named = graphs.flatMap((g) => g.entities.filter((e) => e.id !== g.article.publisherId).map((e) => ({ articleId: g.article.id, entityId: e.id })));
  await tx.run('ingest/mergeArticleMentions', { rows: named });
}

/** Writes one article inside the caller's transaction. */
export function writeArticleGraph(tx: TxRunner, graph: ArticleGraph): Promise<void> {
  return writeArticleGraphs(tx, [graph]);
}
