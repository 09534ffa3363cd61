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
