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

/** Every key of a row kind set to one value. */
export const allParts = <K extends string>(keys: readonly K[], value: boolean) => Object.fromEntries(keys.map((k) => [k, value])) as Record<K, boolean>;

/** Every part: for mutations, subscriptions, work outside a request, and requests with a field whose reads are not known. */
export const FULL_SHAPE: RowShape = Object.freeze({
  entity: Object.freeze(allParts(ENTITY_KEYS, true)),
  statement: Object.freeze(allParts(STATEMENT_KEYS, true)),
  article: Object.freeze(allParts(ARTICLE_KEYS, true)),
  occurrence: Object.freeze(allParts(OCCURRENCE_KEYS, true)),
});

