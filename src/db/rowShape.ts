/** The parts of an entity row (`cypher/entity/_row`) a request may leave out; id, labels and name always come. */
export const ENTITY_KEYS = ['title', 'aliases', 'kind', 'description', 'wikidataId', 'organizationId', 'version', 'curated', 'mergedIds'] as const;
/** The parts of a statement row (`cypher/statement/_row`) a request may leave out; id always comes. */
export const STATEMENT_KEYS = ['text', 'kind', 'saidOn', 'language', 'textHash', 'confidence', 'speakerId', 'attributionMethod', 'officeId', 'onBehalfOfId', 'embeddedInId', 'version', 'curated'] as const;

/** The parts of an article row (`cypher/article/_row`) a request may leave out; id and content hash always come. */
export const ARTICLE_KEYS = ['url', 'title', 'publishedAt', 'dateline', 'language', 'ingestedAt', 'sourceId', 'extractorVersion', 'retractedAt', 'retractionReason', 'version', 'publisherId'] as const;
/** The parts of an occurrence (`cypher/statement/_occurrence`) a request may leave out; the article and the span always come. */
export const OCCURRENCE_KEYS = ['quote', 'cue', 'speakerText', 'speakerStart', 'speakerEnd', 'extractor'] as const;

export type EntityKey = (typeof ENTITY_KEYS)[number];
export type StatementKey = (typeof STATEMENT_KEYS)[number];
export type ArticleKey = (typeof ARTICLE_KEYS)[number];
export type OccurrenceKey = (typeof OCCURRENCE_KEYS)[number];

/**
 * Which parts of entity, statement, article and occurrence rows the Cypher of one request returns (the `$shape`
 * parameter of those rows). Every row of a kind that a request fetches has the same shape, the
 * union of what the whole document selects on that kind, so a row one field primes in the
 * request's loaders serves every other field of the request that reads it.
 */
export interface RowShape {
  entity: Record<EntityKey, boolean>;
  statement: Record<StatementKey, boolean>;
  article: Record<ArticleKey, boolean>;
  occurrence: Record<OccurrenceKey, boolean>;
}

/** The kinds of row a shape covers, each with the parts it may leave out. */
const PARTS = { entity: ENTITY_KEYS, statement: STATEMENT_KEYS, article: ARTICLE_KEYS, occurrence: OCCURRENCE_KEYS } as const;
export const ROW_KINDS = Object.keys(PARTS) as Array<keyof RowShape>;

/** A shape with every part of every kind set to one value. */
export function uniformShape(value: boolean): RowShape {
  return Object.fromEntries(ROW_KINDS.map((kind) => [kind, Object.fromEntries(PARTS[kind].map((k) => [k, value]))])) as unknown as RowShape;
}

/** Every part: for mutations, subscriptions, work outside a request, and requests with a field whose reads are not known. */
export const FULL_SHAPE: RowShape = Object.freeze(uniformShape(true));
