// The entities that ids of an extraction name but that a curator merged into others: where each
// went. A merge repoints older merges to its target, so one hop is the end of the chain.
UNWIND $ids AS id
MATCH (:Merged {id: id})-[:MERGED_INTO]->(e:Entity)
RETURN id, e.id AS into
