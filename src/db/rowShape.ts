/** The parts of an entity row (`cypher/entity/_row`) a request may leave out; id, labels and name always come. */
export const ENTITY_KEYS = ['title', 'aliases', 'kind', 'description', 'wikidataId', 'organizationId', 'version', 'curated', 'mergedIds'] as const;
/** The parts of a statement row (`cypher/statement/_row`) a request may leave out; id always comes. */
export const STATEMENT_KEYS = ['text', 'kind', 'saidOn', 'language', 'textHash', 'confidence', 'speakerId', 'attributionMethod', 'officeId', 'onBehalfOfId', 'embeddedInId', 'version', 'curated'] as const;

export type EntityKey = (typeof ENTITY_KEYS)[number];
export type StatementKey = (typeof STATEMENT_KEYS)[number];

/**
 * Which parts of entity and statement rows the Cypher of one request returns (the `$shape`
 * parameter of those rows). Every row of a kind that a request fetches has the same shape, the
 * union of what the whole document selects on that kind, so a row one field primes in the
 * request's loaders serves every other field of the request that reads it.
 */
export interface RowShape {
  entity: Record<EntityKey, boolean>;
  statement: Record<StatementKey, boolean>;
}

/** Every key of a row kind set to one value. */
export const allParts = <K extends string>(keys: readonly K[], value: boolean) => Object.fromEntries(keys.map((k) => [k, value])) as Record<K, boolean>;

/** Every part: for mutations, subscriptions, work outside a request, and requests with a field whose reads are not known. */
export const FULL_SHAPE: RowShape = Object.freeze({ entity: Object.freeze(allParts(ENTITY_KEYS, true)), statement: Object.freeze(allParts(STATEMENT_KEYS, true)) });

