// A part, not a statement: one report of statement `s` in article `a` (REPORTED_IN relationship
// `r`), with the exact span and the words at it. The parts $shape.occurrence leaves out are null;
// the article and the span always come.
{
  articleId: a.id, start: r.start, end: r.end,
  quote: CASE WHEN $shape.occurrence.quote THEN r.quote END,
  cue: CASE WHEN $shape.occurrence.cue THEN r.cue END,
  speakerText: CASE WHEN $shape.occurrence.speakerText THEN r.speakerText END,
  speakerStart: CASE WHEN $shape.occurrence.speakerStart THEN r.speakerStart END,
  speakerEnd: CASE WHEN $shape.occurrence.speakerEnd THEN r.speakerEnd END,
  extractor: CASE WHEN $shape.occurrence.extractor THEN r.extractor END
}
