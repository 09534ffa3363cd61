// A part, not a statement: the row of statement `s` as the API reads it, with the ids of its
// speaker, office, the organization it speaks for and the statement it is nested in. The parts
// $shape.statement leaves out are null (a request that selects none of them does not read them);
// the id always comes.
s {
  .id,
  text: CASE WHEN $shape.statement.text THEN s.text END,
  kind: CASE WHEN $shape.statement.kind THEN s.kind END,
  saidOn: CASE WHEN $shape.statement.saidOn THEN s.saidOn END,
  language: CASE WHEN $shape.statement.language THEN s.language END,
  textHash: CASE WHEN $shape.statement.textHash THEN s.textHash END,
  confidence: CASE WHEN $shape.statement.confidence THEN s.confidence END,
  speakerId: CASE WHEN $shape.statement.speakerId THEN [(s)-[:SAID_BY]->(speaker:Entity) | speaker.id][0] END,
  attributionMethod: CASE WHEN $shape.statement.attributionMethod THEN [(s)-[said:SAID_BY]->(:Entity) | said.method][0] END,
  officeId: CASE WHEN $shape.statement.officeId THEN [(s)-[:IN_CAPACITY_OF]->(office:Office) | office.id][0] END,
  onBehalfOfId: CASE WHEN $shape.statement.onBehalfOfId THEN [(s)-[:ON_BEHALF_OF]->(onBehalfOf:Organization) | onBehalfOf.id][0] END,
  embeddedInId: CASE WHEN $shape.statement.embeddedInId THEN [(s)-[:EMBEDDED_IN]->(outer:Statement) | outer.id][0] END,
  version: CASE WHEN $shape.statement.version THEN coalesce(s.version, 1) END,
  curated: CASE WHEN $shape.statement.curated THEN coalesce(s.curated, []) END
}
