/**
 * What extraction yields for one article: statements with exact spans and the entities, offices and
 * tenures they refer to, by name. Ingestion turns names into graph ids. The hand-made example
 * fixture uses the same shape, so that both go through one write path.
 */

export type EntityType = 'Person' | 'Organization' | 'Group' | 'Place';

export type OrganizationKind =
  | 'COUNTRY'
  | 'GOVERNMENT_BODY'
  | 'INTERGOVERNMENTAL'
  | 'PARTY'
  | 'MEDIA'
  | 'COMPANY'
  | 'NGO'
  | 'OTHER';

export interface EntityRef {
  name: string;
  type: EntityType;
  aliases?: string[];
  kind?: OrganizationKind;
  description?: string;
  wikidataId?: string;
  /** Known to this article alone ("the report" with no author in view): never joined to a node of another article. */
  local?: boolean;
  /**
   * A person the article names only by an office ("the foreign secretary said"): at ingest, whoever
   * held that office on the article's day, when reference data says so; else a person of this article.
   */
  holdsOffice?: OfficeRef;
}

export interface OfficeRef {
  title: string;
  /** The organization's canonical name. */
  organization: string;
  aliases?: string[];
  /** The office's Wikidata item (`Q...`), from reference data. */
  wikidataId?: string;
}

export interface TenureRef {
  person: string;
  office: OfficeRef;
  start: string | null;
  end: string | null;
  source: string;
}

export interface MentionRef {
  name: string;
  type: EntityType;
  /** Offsets inside the statement text. */
  start: number;
  end: number;
}

export type StatementKindName = 'direct' | 'indirect' | 'mixed';

export interface ExtractedStatement {
  /** Unique within the article; `embeddedIn` refers to it. */
  key: string;
  quote: string;
  /** Offsets into the article text, UTF-16 code units: quote === text.slice(start, end). */
  start: number;
  end: number;
  kind: StatementKindName;
  cue: string | null;
  speaker: { name: string; type: EntityType } | null;
  speakerText: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  /** How the speaker was found: name, coreference, description, fixture ... */
  method: string;
  confidence: number;
  office: OfficeRef | null;
  /** The organization the words were said for, by canonical name. */
  onBehalfOf: string | null;
  /** The key of the statement that reports this one. */
  embeddedIn: string | null;
  mentions: MentionRef[];
  saidOn: string | null;
}

export interface Extraction {
  statements: ExtractedStatement[];
  entities: EntityRef[];
  tenures: TenureRef[];
  /** What produced it, e.g. `saidgraph-extract/0.4` or `fixture`. */
  extractor: string;
}

/** What is known of an article apart from its text. */
export interface ArticleSource {
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  dateline: string | null;
  url: string | null;
  language: string;
  /** The id the input document carried (a researcher's own id), kept on the article. */
  sourceId?: string | null;
}
