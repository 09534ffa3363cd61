// Articles by id, with the id of their publisher.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {
  .id, .url, .title, .publishedAt, .dateline, .language, .contentHash, .text, .ingestedAt,
  publisherId: head(COLLECT { MATCH (a)-[:PUBLISHED_BY]->(p:Organization) RETURN p.id })
} AS article
