// Whether an article with this exact text is already in the graph (ingest is idempotent by content).
MATCH (a:Article {contentHash: $contentHash})
RETURN a.id AS id
