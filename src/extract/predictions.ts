import type { Extraction } from './types.js';

/** One article's statements in the prediction format of the evaluation (shared/eval/FORMAT.md). */
export interface PredictionDocument {
  id: string;
  statements: Array<{
    quote: string;
    start: number;
    end: number;
    kind: string;
    cue: string | null;
    confidence: number;
    speaker: { name: string; type: string; mention: { start: number; end: number } | null } | null;
    office: { title: string; organization: string } | null;
    reportedBy: string | null;
  }>;
}

/** Maps an extraction to the prediction format: canonical speaker names, mention spans, offices. */
export function toPrediction(id: string, extraction: Extraction): PredictionDocument {
  const byKey = new Map(extraction.statements.map((s) => [s.key, s]));
  return {
    id,
    statements: extraction.statements.map((s) => ({
      quote: s.quote,
      start: s.start,
      end: s.end,
      kind: s.kind,
      cue: s.cue,
      confidence: s.confidence,
      speaker: s.speaker
        ? { ...s.speaker, mention: s.speakerStart !== null && s.speakerEnd !== null ? { start: s.speakerStart, end: s.speakerEnd } : null }
        : null,
      office: s.office ? { title: s.office.title, organization: s.office.organization } : null,
      reportedBy: s.embeddedIn ? byKey.get(s.embeddedIn)?.speaker?.name ?? null : null,
    })),
  };
}
