/** An article as the database gives it. */
export interface ArticleModel {
  id: string;
  url: string | null;
  title: string;
  publishedAt: string | null;
  dateline: string | null;
  language: string;
  contentHash: string;
  ingestedAt: string | null;
  publisherId: string | null;
  sourceId: string | null;
  extractorVersion: string | null;
  version: number;
  retractedAt: string | null;
  retractionReason: string | null;
}
