// Articles that report statements now said by an entity mention it.
UNWIND $statementIds AS statementId
MATCH (:Statement {id: statementId})-[:REPORTED_IN]->(a:Article)
MATCH (e:Entity {id: $entityId})
MERGE (a)-[:MENTIONS]->(e)
RETURN count(*) AS merged
