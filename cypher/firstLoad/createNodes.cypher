// Nodes of a first load decided in memory (src/ingest/firstLoad.ts), each with its labels and the
// properties the write path's statements would have left (dates and date-times sent as such): created,
// not merged, since the graph held none of them. Their element ids address them in later statements.
UNWIND $rows AS row
CREATE (n)
SET n = row.props, n:$(row.labels)
RETURN row.id AS id, elementId(n) AS element
