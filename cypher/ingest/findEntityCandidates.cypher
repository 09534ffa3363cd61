// Entities already in the graph that carry one of the names an article gives (as name or alias),
// found through the full-text index on names and aliases, then checked exactly. With the offices
// each one held or spoke in, so that two people of one surname can be told apart.
UNWIND $lookups AS row
CALL (row) {
  CALL db.index.fulltext.queryNodes('entity_names', row.query) YIELD node
  WITH node AS e
  WHERE row.label IN labels(e) AND (e.nameKey IN row.keys OR any(k IN row.keys WHERE k IN coalesce(e.aliasKeys, [])))
  RETURN e
  LIMIT 20
}
RETURN row.key AS key, e.id AS id, e.name AS name, e.nameKey IN row.keys AS exact,
       COLLECT { MATCH (e)-[:HELD]->(o:Office) RETURN o.id UNION MATCH (e)<-[:SAID_BY]-(:Statement)-[:IN_CAPACITY_OF]->(o:Office) RETURN o.id } AS officeIds,
       COUNT { (e)<-[:SAID_BY]-(:Statement) } AS statements
