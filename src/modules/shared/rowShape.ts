import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../../context.js';
import { TypeInfo, getNamedType, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import { ARTICLE_KEYS, FULL_SHAPE, OCCURRENCE_KEYS, ROW_KINDS, uniformShape, type RowShape } from '../../db/rowShape.js';

/** The parts of each kind of row a field reads. */
type Reads = { [K in keyof RowShape]?: Array<keyof RowShape[K]> };

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
  const shape = uniformShape(false);
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
        for (const kind of ROW_KINDS) for (const key of reads[kind] ?? []) (shape[kind] as Record<string, boolean>)[key as string] = true;
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
 * Sets a request's row shape once Apollo has its operation, from its document (whole rows for a
 * document with a mutation or subscription: their services read rows for their own checks, such as versions).
 */
export function rowShapePlugin(): ApolloServerPlugin<RequestContext> {
  const shapes = new RowShapes();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, contextValue }) {
          if (contextValue.rowShape) contextValue.rowShape.current = shapes.of(schema, document);
        },
      };
    },
  };
}
