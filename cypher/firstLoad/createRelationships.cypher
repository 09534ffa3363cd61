// Relationships of a first load decided in memory (src/ingest/firstLoad.ts), between nodes it
// wrote (by their element ids), of the types the write path makes (the memory graph has no other).
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.from
MATCH (b) WHERE elementId(b) = row.to
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN row.i AS i, elementId(r) AS element
