/** The kinds of entity the graph holds; each is also labelled :Entity. */
export type EntityLabel = 'Person' | 'Organization' | 'Group' | 'Place' | 'Office';

/** An entity as the database gives it; which fields are set depends on its label. */
export interface EntityRow {
  id: string;
  labels: string[];
  name?: string | null;
  title?: string | null;
  aliases?: string[] | null;
  kind?: string | null;
  description?: string | null;
  wikidataId?: string | null;
  organizationId?: string | null;
  /** Increases with every change (curation's optimistic concurrency). */
  version?: number;
  /** The fields a person set: ingestion leaves them as they are. */
  curated?: string[];
  /** Ids of entities merged into this one. */
  mergedIds?: string[];
}

const TYPE_ORDER: EntityLabel[] = ['Person', 'Office', 'Organization', 'Group', 'Place'];

/** The GraphQL type of an entity row, from its labels. */
export function entityType(row: EntityRow): EntityLabel {
  const type = TYPE_ORDER.find((label) => row.labels.includes(label));
  if (!type) throw new Error(`entity ${row.id} has none of the known labels: ${row.labels.join(', ')}`);
  return type;
}
