// Everyone and everything each article names, quoted or not: how Di Maio, silent in an article, is
// still found in it. Rows: {articleId, entityId}.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
MERGE (a)-[:MENTIONS]->(e)
RETURN count(*) AS merged
