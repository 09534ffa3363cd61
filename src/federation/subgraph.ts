import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import { loadEntityOf } from '../modules/entity/entity.service.js';

/**
 * saidgraph as an Apollo Federation 2 subgraph: Person, Organization, Office, Statement and Article
 * are entities keyed by their global id (schema/federation/subgraph.graphql). A gateway resolves a
 * list of references through this request's loaders: 100 of them cost one Cypher statement per
 * kind, not 100.
 */
type Reference = { id: string };
type SubgraphModule = Extract<Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number], { resolvers?: unknown }>;

const referenceResolvers = {
  Person: { __resolveReference: (ref: Reference, ctx: GraphQLContext) => loadEntityOf(ctx, 'Person', ref.id) },
  Organization: { __resolveReference: (ref: Reference, ctx: GraphQLContext) => loadEntityOf(ctx, 'Organization', ref.id) },
  Office: { __resolveReference: (ref: Reference, ctx: GraphQLContext) => loadEntityOf(ctx, 'Office', ref.id) },
  Statement: { __resolveReference: (ref: Reference, ctx: GraphQLContext) => ctx.loaders.statement.load(ref.id) },
  Article: { __resolveReference: (ref: Reference, ctx: GraphQLContext) => ctx.loaders.article.load(ref.id) },
};

/** The modules' resolvers as one map, type by type. */
function merged(all: ReadonlyArray<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const resolvers of all) {
    for (const [type, fields] of Object.entries(resolvers)) {
      const isPlainObject = fields !== null && typeof fields === 'object' && Object.getPrototypeOf(fields) === Object.prototype;
      out[type] = isPlainObject ? { ...(out[type] as object | undefined), ...(fields as object) } : fields;
    }
  }
  return out;
}

/** The subgraph's SDL additions: keys and the federation link. */
export function federationTypeDefs(schemaDir: string): string {
  return readFileSync(path.join(schemaDir, 'federation', 'subgraph.graphql'), 'utf8');
}

/** The schema of the plain API plus federation's `_service` and `_entities`. */
export function subgraphSchema(schemaDir: string, typeDefs: string[], resolvers: Resolvers[]): GraphQLSchema {
  const document = parse([...typeDefs, federationTypeDefs(schemaDir)].join('\n'));
  const map = merged([...(resolvers as Array<Record<string, unknown>>), referenceResolvers]) as SubgraphModule['resolvers'];
  return buildSubgraphSchema([{ typeDefs: document, resolvers: map }]);
}
