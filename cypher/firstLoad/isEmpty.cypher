// Whether the graph holds nothing but the record of migrations (and a counter of edits at 0): where
// `saidgraph ingest --bulk` may decide a first load in memory (src/ingest/firstLoad.ts).
RETURN NOT EXISTS { MATCH (n) WHERE NOT n:Migration AND NOT n:Sequence }
  AND NOT EXISTS { MATCH (c:Sequence {name: 'edit'}) WHERE c.value > 0 } AS empty
