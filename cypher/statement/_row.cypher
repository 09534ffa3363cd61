// A part, not a statement: the row of statement `s` as the API reads it, with the ids of its
// speaker, office, the organization it speaks for and the statement it is nested in.
s {
  .id, .text, .kind, .saidOn, .language, .textHash, .confidence,
  speakerId: [(s)-[:SAID_BY]->(speaker:Entity) | speaker.id][0],
  attributionMethod: [(s)-[said:SAID_BY]->(:Entity) | said.method][0],
  officeId: [(s)-[:IN_CAPACITY_OF]->(office:Office) | office.id][0],
  onBehalfOfId: [(s)-[:ON_BEHALF_OF]->(onBehalfOf:Organization) | onBehalfOf.id][0],
  embeddedInId: [(s)-[:EMBEDDED_IN]->(outer:Statement) | outer.id][0],
  version: coalesce(s.version, 1),
  curated: coalesce(s.curated, [])
}
