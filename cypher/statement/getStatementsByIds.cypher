// Statements by id, with the ids of their speaker, office, the organization they speak for and the
// statement they are nested in; the API resolves those ids through its batch loaders.
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN s {
  .id, .text, .kind, .saidOn, .language, .textHash, .confidence,
  speakerId: head(COLLECT { MATCH (s)-[:SAID_BY]->(sp:Entity) RETURN sp.id }),
  attributionMethod: head(COLLECT { MATCH (s)-[b:SAID_BY]->(:Entity) RETURN b.method }),
  officeId: head(COLLECT { MATCH (s)-[:IN_CAPACITY_OF]->(o:Office) RETURN o.id }),
  onBehalfOfId: head(COLLECT { MATCH (s)-[:ON_BEHALF_OF]->(org:Organization) RETURN org.id }),
  embeddedInId: head(COLLECT { MATCH (s)-[:EMBEDDED_IN]->(outer:Statement) RETURN outer.id })
} AS statement
