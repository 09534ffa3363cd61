// How many statements an article reports.
MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: $articleId})
RETURN count(DISTINCT s) AS count
