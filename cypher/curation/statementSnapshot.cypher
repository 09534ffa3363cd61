// What a statement's attribution is, for the audit trail's before and after.
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN id, {
  speakerId: [(s)-[:SAID_BY]->(sp:Entity) | sp.id][0],
  officeId: [(s)-[:IN_CAPACITY_OF]->(o:Office) | o.id][0],
  onBehalfOfId: [(s)-[:ON_BEHALF_OF]->(org:Organization) | org.id][0],
  version: s.version, curated: s.curated
} AS snapshot
