// What new statements mention (createStatements.cypher made them: no mention is there yet), with
// the span inside the statement text; rows are unique by statement, entity and start.
UNWIND $mentions AS row
MATCH (s:Statement {id: row.statementId})
MATCH (e:Entity {id: row.entityId})
CREATE (s)-[:MENTIONS {start: row.start, end: row.end}]->(e)
RETURN count(*) AS created
