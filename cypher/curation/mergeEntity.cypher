// Merges entity $fromId into $intoId: every relationship of the one merged moves to the one that
// stays (an identical one there already is not doubled; an office keeps its own organization),
// except the audit trail's, which stays with the old id. Its name and aliases become aliases, its
// Wikidata id and description fill gaps. It stays as a :Merged node that points to the one it
// joined, and earlier merges into it now point there too, so one hop always ends the chain.
MATCH (into:Entity {id: $intoId})
MATCH (from:Entity {id: $fromId})
CALL (from, into) {
  MATCH (from)-[r]->(other)
  WHERE other <> into AND NOT (type(r) = 'OF' AND from:Office)
  WITH r, other, type(r) AS relType, properties(r) AS props
  CALL (into, other, relType, props) {
    WITH into, other, relType, props
    WHERE NOT EXISTS { MATCH (into)-[d]->(other) WHERE type(d) = relType AND properties(d) = props }
    CREATE (into)-[n:$(relType)]->(other)
    SET n = props
  }
  DELETE r
}
CALL (from, into) {
  MATCH (from)<-[r]-(other)
  WHERE other <> into AND NOT type(r) IN ['CHANGED', 'MERGED_INTO']
  WITH r, other, type(r) AS relType, properties(r) AS props
  CALL (into, other, relType, props) {
    WITH into, other, relType, props
    WHERE NOT EXISTS { MATCH (into)<-[d]-(other) WHERE type(d) = relType AND properties(d) = props }
    CREATE (into)<-[n:$(relType)]-(other)
    SET n = props
  }
  DELETE r
}
CALL (from, into) {
  MATCH (from)-[r]-(into)
  DELETE r
}
CALL (from, into) {
  MATCH (earlier:Merged)-[r:MERGED_INTO]->(from)
  DELETE r
  CREATE (earlier)-[:MERGED_INTO]->(into)
}
WITH from, into, coalesce(into.name, into.title) AS intoName,
     [a IN coalesce(into.aliases, []) + [coalesce(from.name, from.title)] + coalesce(from.aliases, []) WHERE a IS NOT NULL] AS candidates
WITH from, into, reduce(acc = [], a IN candidates | CASE WHEN a IN acc OR a = intoName THEN acc ELSE acc + a END) AS aliases
SET into.aliases = aliases,
    into.aliasKeys = [a IN aliases | toLower(a)],
    into.aliasText = reduce(t = '', a IN aliases | t + a + ' | '),
    into.wikidataId = coalesce(into.wikidataId, from.wikidataId),
    into.description = coalesce(into.description, from.description)
WITH from, into, labels(from) AS labelsBefore
REMOVE from:Entity:Person:Organization:Group:Place:Office
SET from:Merged, from.labelsBefore = labelsBefore, from.mergedAt = datetime()
REMOVE from.latestStatementIds, from.latestStatementKeys, from.nameKey, from.titleKey, from.aliasKeys, from.aliasText
CREATE (from)-[:MERGED_INTO]->(into)
RETURN into.id AS id
