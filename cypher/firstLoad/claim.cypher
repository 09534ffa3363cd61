// The first statement of each transaction of a first load (src/ingest/firstLoad.ts): takes the
// counter of edits, which every write that records an edit takes too (recordEdit.cypher), so that
// no other write commits while this one is written, and says whether the graph is still the one the
// load left: the counter at the last edit it wrote ($written), and before its first write ($first)
// nothing but the record of migrations. A load decided in memory is never written into another graph.
MERGE (c:Sequence {name: 'edit'})
SET c.value = coalesce(c.value, 0)
RETURN c.value = $written
  AND (NOT $first OR NOT EXISTS { MATCH (n) WHERE NOT n:Migration AND NOT n:Sequence }) AS ours
