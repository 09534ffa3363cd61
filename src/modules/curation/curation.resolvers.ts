import * as curate from '../../curation/curate.js';
import type { EntityType, Resolvers } from '../../generated/graphql.js';
import type { GraphQLContext } from '../../context.js';
import { connectionFields } from '../shared/connection.js';
import { curator, editConnection, tenureById } from './curation.service.js';

const LABELS = { PERSON: 'Person', ORGANIZATION: 'Organization', GROUP: 'Group', PLACE: 'Place' } as const;
const label = (type: EntityType | null | undefined) => (type ? LABELS[type] : type);

/** An entity as it is after a curation: read again, not from what this request read before. */
function freshEntity(ctx: GraphQLContext, id: string) {
  ctx.loaders.entity.clear(id);
  return ctx.loaders.entity.load(id);
}

function parse(json: string | null): unknown {
  return json === null ? null : JSON.parse(json);
}

export const curationResolvers: Resolvers = {
  Query: {
    edits: (_, { entityId, statementId, articleId, ...page }, ctx) => editConnection(ctx, { entityId, statementId, articleId }, page),
  },
  Mutation: {
    mergeEntities: (_, { into, version, from, reason }, ctx) => curate.mergeEntities(ctx.db, curator(ctx, reason), into, version, from),
    splitEntity: (_, { id, version, statementIds, into, reason }, ctx) =>
      curate.splitEntity(ctx.db, curator(ctx, reason), id, version, statementIds, { id: into.id, name: into.name, type: label(into.type) }),
    updateEntity: (_, { id, version, input, reason }, ctx) => {
      const { type, ...rest } = input;
      return curate.updateEntity(ctx.db, curator(ctx, reason), id, version, { ...rest, ...(type !== undefined ? { type: label(type) } : {}) });
    },
    correctAttribution: (_, { statementId, version, reason, ...links }, ctx) => curate.correctAttribution(ctx.db, curator(ctx, reason), statementId, version, links),
    addTenure: (_, { input, reason }, ctx) => curate.addTenure(ctx.db, curator(ctx, reason), input),
    updateTenure: (_, { id, version, input, reason }, ctx) => curate.updateTenure(ctx.db, curator(ctx, reason), id, version, input),
    removeTenure: (_, { id, version, reason }, ctx) => curate.removeTenure(ctx.db, curator(ctx, reason), id, version),
    retractArticle: (_, { id, version, reason }, ctx) => curate.setRetracted(ctx.db, curator(ctx, reason), id, version, true),
    restoreArticle: (_, { id, version, reason }, ctx) => curate.setRetracted(ctx.db, curator(ctx, reason), id, version, false),
  },
  MergeEntitiesPayload: { entity: async (p, _, ctx) => (await freshEntity(ctx, p.id))! },
  UpdateEntityPayload: { entity: async (p, _, ctx) => (await freshEntity(ctx, p.id))! },
  SplitEntityPayload: {
    from: async (p, _, ctx) => (await freshEntity(ctx, p.fromId))!,
    into: async (p, _, ctx) => (await freshEntity(ctx, p.intoId))!,
  },
  CorrectAttributionPayload: {
    statement: async (p, _, ctx) => {
      ctx.loaders.statement.clear(p.id);
      return (await ctx.loaders.statement.load(p.id))!;
    },
  },
  TenurePayload: { tenure: (p, _, ctx) => tenureById(ctx, p.id) },
  ArticlePayload: {
    article: async (p, _, ctx) => {
      ctx.loaders.article.clear(p.id);
      return (await ctx.loaders.article.load(p.id))!;
    },
    statementsAffected: (p) => p.affected,
  },
  Edit: {
    before: (e) => parse(e.before),
    after: (e) => parse(e.after),
  },
  EditConnection: { edges: connectionFields.edges, nodes: connectionFields.nodes, pageInfo: connectionFields.pageInfo },
  Attribution: {
    origin: (s) => (s.curated.length ? 'CURATED' : 'MACHINE'),
    curatedFields: (s) => s.curated,
    confidence: (s) => (s.curated.includes('speaker') ? 1 : s.confidence),
    method: (s) => s.attributionMethod,
  },
};

/** The fields every curated entity type resolves alike. */
export const curatedEntityFields = {
  version: (e: { version?: number }) => e.version ?? 1,
  mergedIds: (e: { mergedIds?: string[] }) => e.mergedIds ?? [],
  curatedFields: (e: { curated?: string[] }) => e.curated ?? [],
};

/** `edits` on an entity. */
export const entityEdits = (e: { id: string }, page: { first?: number | null; after?: string | null }, ctx: GraphQLContext) => editConnection(ctx, { entityId: e.id }, page);
