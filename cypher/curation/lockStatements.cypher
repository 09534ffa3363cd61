// Takes the write lock of each statement before reading its version and speaker (see lockEntities).
UNWIND $ids AS id
OPTIONAL MATCH (s:Statement {id: id})
CALL (s) {
  WITH s WHERE s IS NOT NULL
  SET s.version = coalesce(s.version, 1)
}
RETURN id, s IS NOT NULL AS found, s.version AS version, [(s)-[:SAID_BY]->(sp:Entity) | sp.id][0] AS speakerId
