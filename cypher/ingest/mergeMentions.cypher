// What each statement mentions, with the span inside the statement text.
UNWIND $mentions AS row
MATCH (s:Statement {id: row.statementId})
MATCH (e:Entity {id: row.entityId})
MERGE (s)-[m:MENTIONS {start: row.start}]->(e)
SET m.end = row.end
RETURN count(m) AS merged
