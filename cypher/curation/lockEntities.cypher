// Takes the write lock of each entity before reading it: the version read is then the latest
// committed one, and no other curation can change the entity until this transaction ends (two
// edits of one entity: one wins, the other finds a newer version). A merged id answers `merged`.
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (m:Merged {id: id})-[:MERGED_INTO]->(joined:Entity)
CALL (e) {
  WITH e WHERE e IS NOT NULL
  // reading the property on the right of SET makes Cypher lock the node before the read
  SET e.version = coalesce(e.version, 1)
}
RETURN id, e IS NOT NULL AS found, e.version AS version, coalesce(labels(e), []) AS labels, joined.id AS mergedInto
