// Everyone and everything the article names, quoted or not: how Di Maio, silent in an article, is
// still found in it.
UNWIND $entityIds AS entityId
MATCH (a:Article {id: $articleId})
MATCH (e:Entity {id: entityId})
MERGE (a)-[:MENTIONS]->(e)
RETURN count(*) AS merged
