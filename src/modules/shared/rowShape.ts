import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../../context.js';
import { TypeInfo, getNamedType, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import { allParts, ARTICLE_KEYS, ENTITY_KEYS, FULL_SHAPE, OCCURRENCE_KEYS, STATEMENT_KEYS, type ArticleKey, type EntityKey, type OccurrenceKey, type RowShape, type StatementKey } from '../../db/rowShape.js';

interface Reads {
  entity?: EntityKey[];
  statement?: StatementKey[];
  article?: ArticleKey[];
  occurrence?: OccurrenceKey[];
}

const NOTHING: Reads = {};
const ENTITY_COMMON: Record<string, Reads> = {
  id: NOTHING,
  name: NOTHING,
  aliases: { entity: ['aliases'] },
  wikidataId: { entity: ['wikidataId'] },
  description: { entity: ['description'] },
  version: { entity: ['version'] },
  mergedIds: { entity: ['mergedIds'] },
  curatedFields: { entity: ['curated'] },
  edits: NOTHING,
  statements: NOTHING,
  mentionedIn: NOTHING,
};
const CONNECTION: Record<string, Reads> = { edges: NOTHING, nodes: NOTHING, pageInfo: NOTHING, totalCount: NOTHING };
const EDGE: Record<string, Reads> = { cursor: NOTHING, node: NOTHING };

/**
 * What each field's resolver reads from entity, statement, article and occurrence rows, for the fields whose resolvers
 * were read for it. A field not listed here (JSON-LD, attribution, research, curation payloads ...)
 * may read any part, and makes its request fetch whole rows. Types whose own rows are not shaped
 * and whose resolvers read entity or statement rows only through the loaders (`*`) read nothing.
 */
const READS: Record<string, Record<string, Reads> | '*'> = {
  Query: {
    statement: NOTHING, statements: NOTHING, person: NOTHING, people: NOTHING, organization: NOTHING, organizations: NOTHING,
    office: NOTHING, offices: NOTHING, article: NOTHING, articles: NOTHING, node: NOTHING, nodes: NOTHING, search: NOTHING,
  },
  Node: { id: NOTHING },
  Statement: {
    id: NOTHING,
    text: { statement: ['text'] },
    kind: { statement: ['kind'] },
    saidOn: { statement: ['saidOn'] },
    language: { statement: ['language'] },
    textHash: { statement: ['textHash'] },
    confidence: { statement: ['confidence'] },
    speaker: { statement: ['speakerId'] },
    attributionMethod: { statement: ['attributionMethod'] },
    version: { statement: ['version'] },
    inCapacityOf: { statement: ['officeId'] },
    onBehalfOf: { statement: ['onBehalfOfId'] },
    embeddedIn: { statement: ['embeddedInId'] },
    occurrences: NOTHING,
    mentions: NOTHING,
    embeds: NOTHING,
    edits: NOTHING,
  },
  StatementConnection: CONNECTION,
  StatementEdge: EDGE,
  Person: { ...ENTITY_COMMON, tenures: NOTHING },
  Organization: { ...ENTITY_COMMON, kind: { entity: ['kind'] }, offices: NOTHING },
  Office: { ...ENTITY_COMMON, title: { entity: ['title'] }, organization: { entity: ['organizationId'] }, holders: NOTHING },
  Group: ENTITY_COMMON,
  Place: ENTITY_COMMON,
  PersonConnection: CONNECTION,
  PersonEdge: EDGE,
  OrganizationConnection: CONNECTION,
  OrganizationEdge: EDGE,
  OfficeConnection: CONNECTION,
  OfficeEdge: EDGE,
  ArticleConnection: CONNECTION,
  ArticleEdge: EDGE,
  Article: {
    id: NOTHING,
    contentHash: NOTHING,
    text: NOTHING,
    edits: NOTHING,
    statements: NOTHING,
    publisher: { article: ['publisherId'] },
    ...Object.fromEntries(ARTICLE_KEYS.filter((k) => k !== 'publisherId').map((k) => [k, { article: [k] }])),
  },
  Occurrence: {
    article: NOTHING,
    start: NOTHING,
    end: NOTHING,
    ...Object.fromEntries(OCCURRENCE_KEYS.map((k) => [k, { occurrence: [k] }])),
  },
  Mention: '*',
  Tenure: '*',
  PageInfo: '*',
  SearchHit: '*',
};

/** The shape of a query's rows: the union of what its fields read; whole rows when a field may read anything. */
export function shapeOfDocument(schema: GraphQLSchema, document: DocumentNode): RowShape {
  if (document.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation !== 'query')) return FULL_SHAPE;
  const shape: RowShape = { entity: allParts(ENTITY_KEYS, false), statement: allParts(STATEMENT_KEYS, false), article: allParts(ARTICLE_KEYS, false), occurrence: allParts(OCCURRENCE_KEYS, false) };
  const typeInfo = new TypeInfo(schema);
  let whole = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const name = node.name.value;
        if (whole || name.startsWith('__')) return;
        const parent = typeInfo.getParentType();
        const fields = parent ? READS[getNamedType(parent).name] : undefined;
        if (fields === '*') return;
        const reads = fields?.[name];
        if (!reads) {
          whole = true;
          return;
        }
        for (const key of reads.entity ?? []) shape.entity[key] = true;
        for (const key of reads.statement ?? []) shape.statement[key] = true;
        for (const key of reads.article ?? []) shape.article[key] = true;
        for (const key of reads.occurrence ?? []) shape.occurrence[key] = true;
      },
    }),
  );
  return whole ? FULL_SHAPE : shape;
}

/** Shapes remembered per parsed document (Apollo's document cache hands a repeated query the same one). */
export class RowShapes {
  private readonly shapes = new WeakMap<DocumentNode, RowShape>();

  of(schema: GraphQLSchema, document: DocumentNode): RowShape {
    let shape = this.shapes.get(document);
    if (!shape) this.shapes.set(document, (shape = shapeOfDocument(schema, document)));
    return shape;
  }
}

/**
 * Sets a request's row shape once Apollo has its operation: a query's from its document, whole rows
 * for mutations and subscriptions (their services read rows for their own checks, such as versions).
 */
export function rowShapePlugin(): ApolloServerPlugin<RequestContext> {
  const shapes = new RowShapes();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, contextValue }) {
          if (contextValue.rowShape) contextValue.rowShape.current = operation?.operation === 'query' ? shapes.of(schema, document) : FULL_SHAPE;
        },
      };
    },
  };
}
