// Nested attribution: the inner statement is reported inside the outer one.
UNWIND $links AS row
MATCH (inner:Statement {id: row.innerId})
MATCH (outer:Statement {id: row.outerId})
MERGE (inner)-[:EMBEDDED_IN]->(outer)
RETURN count(*) AS merged
