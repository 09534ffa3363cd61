import DataLoader from 'dataloader';
import type { Executor } from '../db/executor.js';
import { getArticlesByIds, getArticleTextsByIds } from './article/article.repository.js';
import type { ArticleModel } from './article/article.model.js';
import type { EntityRow } from './entity/entity.model.js';
import { getEntitiesByIds } from './entity/entity.repository.js';
import { getHoldersByOfficeIds } from './office/office.repository.js';
import { getOfficesByOrganizationIds, type OfficeRow, type OfficeTree } from './organization/organization.repository.js';
import type { TenureModel } from './person/person.model.js';
import { getTenuresByPersonIds } from './person/person.repository.js';
import { byKeys, groupByKeys } from './shared/batch.js';
import type { MentionModel, OccurrenceModel, StatementModel } from './statement/statement.model.js';
import {
  getEmbedsByStatementIds,
  getMentionsByStatementIds,
  getOccurrencesByStatementIds,
  getStatementsByIds,
  latestStatementsBySpeakers,
} from './statement/statement.repository.js';
import type { KeyRow } from './shared/connection.js';

/**
 * Request-scoped batch loaders: every field that follows a link asks one of these, so a page of
 * 20 statements with speakers, offices and articles costs one statement per kind of link, not 20.
 */
export interface Loaders {
  entity: DataLoader<string, EntityRow | null>;
  article: DataLoader<string, ArticleModel | null>;
  articleText: DataLoader<string, { id: string; text: string } | null>;
  statement: DataLoader<string, StatementModel | null>;
  /** The offices of organizations, with as much of the tree below as the request asks (its JSON as the key). */
  officesOfOrganization(tree: string): DataLoader<string, EntityRow[]>;
  occurrences: DataLoader<string, OccurrenceModel[]>;
  mentions: DataLoader<string, MentionModel[]>;
  embeds: DataLoader<string, string[]>;
  tenuresOfPerson(at: string | null): DataLoader<string, TenureModel[]>;
  /** The first page (newest first) of several speakers' statements, `limit` rows each. */
  latestStatementsOf(limit: number): DataLoader<string, KeyRow[]>;
  holdersOfOffice(at: string | null): DataLoader<string, TenureModel[]>;
}

function grouped<T>(fetch: (ids: readonly string[]) => Promise<Array<{ key: string } & Record<string, unknown>>>, field: string) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await fetch(ids);
    return groupByKeys(ids, rows.map((r) => ({ key: r.key, value: r[field] as T })));
  });
}

/** One loader per value of an argument (an `at` date, a page size), made when first asked for. */
function perArgument<A, T>(make: (arg: A) => DataLoader<string, T>) {
  const loaders = new Map<A, DataLoader<string, T>>();
  return (arg: A) => {
    let loader = loaders.get(arg);
    if (!loader) loaders.set(arg, (loader = make(arg)));
    return loader;
  };
}

/**
 * Fresh loaders for one request. Queries that bring rows of another kind along (a tenure's office
 * and organization, an office's holder, a speaker's latest statements whole) put them in the
 * loader of that kind, so following the link costs no statement.
 */
export function createLoaders(db: Executor): Loaders {
  const withEntities = <R extends { entities: EntityRow[] }>(rows: R[]): R[] => {
    primeEntities(loaders, rows.flatMap((row) => row.entities));
    return rows;
  };
  const loaders: Loaders = {
    entity: new DataLoader((ids) => getEntitiesByIds(db, ids)),
    article: new DataLoader(async (ids) => byKeys(ids, await getArticlesByIds(db, ids))),
    articleText: new DataLoader(async (ids) => byKeys(ids, await getArticleTextsByIds(db, ids))),
    statement: new DataLoader(async (ids) => byKeys(ids, (await getStatementsByIds(db, ids)).map((r) => r.statement))),
    officesOfOrganization: perArgument((key: string) => new DataLoader(async (ids) => {
      const tree = JSON.parse(key) as OfficeTree;
      const offices = new Map((await getOfficesByOrganizationIds(db, ids, tree)).map((r) => [r.key, r.offices]));
      return ids.map((id) => officeRowsFor(loaders, tree, offices.get(id) ?? []));
    })),
    occurrences: grouped<OccurrenceModel>((ids) => getOccurrencesByStatementIds(db, ids), 'occurrence'),
    mentions: grouped<MentionModel>((ids) => getMentionsByStatementIds(db, ids), 'mention'),
    embeds: grouped<string>((ids) => getEmbedsByStatementIds(db, ids), 'id'),
    tenuresOfPerson: perArgument((at: string | null) => grouped<TenureModel>(async (ids) => withEntities(await getTenuresByPersonIds(db, ids, at)), 'tenure')),
    holdersOfOffice: perArgument((at: string | null) => grouped<TenureModel>(async (ids) => withEntities(await getHoldersByOfficeIds(db, ids, at)), 'tenure')),
    latestStatementsOf: perArgument((limit: number) => grouped<KeyRow>(async (ids) => {
      const rows = await latestStatementsBySpeakers(db, ids, limit);
      for (const { statement } of rows) loaders.statement.prime(statement.id, statement);
      return rows;
    }, 'row')),
  };
  return loaders;
}

/**
 * An organization's offices as the office tree brought them: the offices, their holders and the
 * holders' latest statements go to the loaders the nested fields read; the office rows are returned.
 */
export function officeRowsFor(loaders: Loaders, tree: OfficeTree, offices: readonly OfficeRow[]): EntityRow[] {
  primeEntities(loaders, offices.map((o) => o.office));
  for (const { office, holders } of offices) {
    if (!holders) continue;
    loaders.holdersOfOffice(tree.at).prime(office.id, holders.map((h) => h.tenure));
    primeEntities(loaders, holders.map((h) => h.person));
    for (const { person, latest } of holders) if (latest) primeLatest(loaders, person.id, tree.latest, latest);
  }
  return offices.map((o) => o.office);
}

/** Puts entity rows that another query brought along in the entity loader. */
export function primeEntities(loaders: Loaders, entities: Iterable<EntityRow>): void {
  for (const entity of entities) loaders.entity.prime(entity.id, entity);
}

/**
 * Puts a speaker's newest statements, brought whole by another query, where Person.statements
 * reads them: the loader of the `limit` newest and the statement loader.
 */
export function primeLatest(loaders: Loaders, speakerId: string, limit: number, latest: ReadonlyArray<{ row: KeyRow; statement: StatementModel }>): void {
  loaders.latestStatementsOf(limit).prime(speakerId, latest.map((l) => l.row));
  for (const { statement } of latest) loaders.statement.prime(statement.id, statement);
}

/** Loads several ids in the order given, null where one is missing; a failed batch throws. */
export async function loadAll<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<Array<T | null>> {
  const values = await loader.loadMany(ids);
  const failure = values.find((v): v is Error => v instanceof Error);
  if (failure) throw failure;
  return values as Array<T | null>;
}

/** Loads several ids and drops the missing ones. */
export async function loadExisting<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  return (await loadAll(loader, ids)).filter((v): v is T => v !== null);
}
