// Sets what a person decided of each statement: its speaker, office or organization ($fields names
// those set; a null id removes the link). They are marked as set by a person, which ingestion
// then leaves as they are; each statement counts a new version.
UNWIND $statementIds AS statementId
MATCH (s:Statement {id: statementId})
CALL (s) {
  WITH s WHERE 'speaker' IN $fields
  OPTIONAL MATCH (s)-[old:SAID_BY]->()
  DELETE old
  WITH DISTINCT s
  MATCH (sp:Entity {id: $speakerId})
  CREATE (s)-[:SAID_BY {confidence: 1.0, method: 'curated', origin: 'CURATED'}]->(sp)
}
CALL (s) {
  WITH s WHERE 'office' IN $fields
  OPTIONAL MATCH (s)-[old:IN_CAPACITY_OF]->()
  DELETE old
  WITH DISTINCT s
  MATCH (o:Office {id: $officeId})
  CREATE (s)-[:IN_CAPACITY_OF {origin: 'CURATED'}]->(o)
}
CALL (s) {
  WITH s WHERE 'onBehalfOf' IN $fields
  OPTIONAL MATCH (s)-[old:ON_BEHALF_OF]->()
  DELETE old
  WITH DISTINCT s
  MATCH (org:Organization {id: $onBehalfOfId})
  CREATE (s)-[:ON_BEHALF_OF {origin: 'CURATED'}]->(org)
}
SET s.version = s.version + 1,
    s.curated = reduce(acc = coalesce(s.curated, []), f IN $fields | CASE WHEN f IN acc THEN acc ELSE acc + f END)
RETURN count(s) AS updated
