/**
 * Every Cypher statement saidgraph runs, by its file under cypher/ (without `.cypher`). The registry
 * loads them all at start-up and fails when one is missing, so a typo cannot wait for a request.
 */
export const QUERY_NAMES = [
  'db/listMigrations',
  'db/recordMigration',
  'db/ping',
  'db/wipe',
  'db/awaitIndexes',
  'entity/getEntitiesByIds',
  'entity/findEntityByName',
  'person/listPeople',
  'person/countPeople',
  'person/getTenuresByPersonIds',
  'organization/listOrganizations',
  'organization/countOrganizations',
  'organization/getOfficesByOrganizationIds',
  'office/listOffices',
  'office/countOffices',
  'office/getHoldersByOfficeIds',
  'article/getArticlesByIds',
  'article/findArticleByUrl',
  'article/listArticles',
  'article/countArticles',
  'statement/getStatementsByIds',
  'statement/listStatements',
  'statement/countStatements',
  'statement/listArticleStatements',
  'statement/countArticleStatements',
  'statement/getOccurrencesByStatementIds',
  'statement/getMentionsByStatementIds',
  'statement/getEmbedsByStatementIds',
  'ingest/findArticleByHash',
  'ingest/mergeArticle',
  'ingest/mergeEntities',
  'ingest/mergeOffices',
  'ingest/mergeTenures',
  'ingest/mergeStatements',
  'ingest/mergeMentions',
  'ingest/linkEmbedded',
] as const;

export type QueryName = (typeof QUERY_NAMES)[number];
