import type { ArticleModel } from '../article/article.model.js';
import type { EntityRow } from '../entity/entity.model.js';

/** A statement with the ids of what it links to; the loaders resolve them. */
export interface StatementModel {
  id: string;
  text: string;
  kind: 'DIRECT' | 'INDIRECT' | 'MIXED';
  saidOn: string | null;
  language: string;
  textHash: string;
  confidence: number;
  speakerId: string | null;
  attributionMethod: string | null;
  officeId: string | null;
  onBehalfOfId: string | null;
  embeddedInId: string | null;
  version: number;
  /** Which of speaker, office and onBehalfOf a person set. */
  curated: string[];
}

/** One REPORTED_IN relationship. */
export interface OccurrenceModel {
  articleId: string;
  start: number;
  end: number;
  quote: string;
  cue: string | null;
  speakerText: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  extractor: string | null;
}

/** One MENTIONS relationship. */
export interface MentionModel {
  entityId: string;
  start: number | null;
  end: number | null;
}

/** Which links of a statement a query will follow, so the statement query brings them along. */
export interface StatementLinks {
  any: boolean;
  speaker: boolean;
  office: boolean;
  /** The organization of the office (`inCapacityOf { organization }`). */
  officeOrganization: boolean;
  onBehalfOf: boolean;
  mentions: boolean;
  occurrences: boolean;
  articles: boolean;
  /** The publishers of the articles (`occurrences { article { publisher } }`). */
  publishers: boolean;
}

export const NO_LINKS: StatementLinks = {
  any: false,
  speaker: false,
  office: false,
  officeOrganization: false,
  onBehalfOf: false,
  mentions: false,
  occurrences: false,
  articles: false,
  publishers: false,
};

/** What came along with a statement: the rows the loaders would otherwise fetch (null: not asked). */
export interface LinkedRows {
  entities: EntityRow[];
  articles: ArticleModel[] | null;
  occurrences: OccurrenceModel[] | null;
  mentions: MentionModel[] | null;
}

/** A statement as the statement queries give it: whole, with the linked rows asked for. */
export interface StatementRow {
  statement: StatementModel;
  linked: LinkedRows | null;
}
