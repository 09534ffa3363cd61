import type { Extraction } from '../../extract/types.js';

/** What the ingest mutation returns before field resolvers shape it. */
export interface IngestPayloadModel {
  created: boolean;
  updated: boolean;
  dryRun: boolean;
  articleId: string | null;
  extraction: Extraction | null;
  newPeople: string[];
  error: { code: 'EMPTY_TEXT' | 'TOO_LARGE' | 'UNSUPPORTED_LANGUAGE' | 'EXTRACTION_TIMEOUT' | 'EXTRACTION_FAILED'; message: string } | null;
}
