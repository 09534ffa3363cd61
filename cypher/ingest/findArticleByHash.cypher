// Whether an article with this text is already in the graph (ingest is idempotent by content:
// the hash is of the text without whitespace at its ends), with what it was stored with, so that
// new metadata for a known text updates it.
MATCH (a:Article {contentHash: $contentHash})
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(p:Organization)
RETURN a.id AS id, a.url AS url, a.title AS title, toString(a.publishedAt) AS publishedAt, a.dateline AS dateline,
       a.sourceId AS sourceId, p.name AS publisher, toString(a.retractedAt) AS retractedAt, a.extractorVersion AS extractorVersion
LIMIT 1
