// Which of these statement ids the graph already holds, in view or kept aside: the bulk writer
// creates the others without merging (see createStatements.cypher).
UNWIND $ids AS id
OPTIONAL MATCH (s:Statement {id: id})
OPTIONAL MATCH (kept:ArchivedStatement {id: id})
WITH id WHERE s IS NOT NULL OR kept IS NOT NULL
RETURN id
