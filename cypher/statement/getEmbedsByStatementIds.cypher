// The statements nested in each statement (what the speaker reported others to have said).
UNWIND $ids AS id
MATCH (inner:Statement)-[:EMBEDDED_IN]->(s:Statement {id: id})
RETURN s.id AS key, inner.id AS id
ORDER BY inner.id
