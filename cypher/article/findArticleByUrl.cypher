// An article by the URL it was published at.
MATCH (a:Article {url: $url})
RETURN a.id AS id
ORDER BY a.id
LIMIT 1
