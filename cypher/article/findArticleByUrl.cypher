// An article by the URL it was published at.
MATCH (a:Article {url: $url})
WHERE a.retractedAt IS NULL
RETURN a.id AS id
ORDER BY a.id
LIMIT 1
