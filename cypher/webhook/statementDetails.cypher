// What a webhook tells of each statement: its words, kind, day, speaker, office and article.
UNWIND $ids AS id
MATCH (s:Statement {id: id})
OPTIONAL MATCH (s)-[:SAID_BY]->(sp:Entity)
OPTIONAL MATCH (s)-[:IN_CAPACITY_OF]->(o:Office)
OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article {id: $articleId})
RETURN s.id AS id, s.text AS text, s.kind AS kind, toString(s.saidOn) AS saidOn,
  CASE WHEN sp IS NULL THEN null ELSE {id: sp.id, name: sp.name, type: head([l IN labels(sp) WHERE l IN ['Person', 'Organization', 'Group']])} END AS speaker,
  CASE WHEN o IS NULL THEN null ELSE {id: o.id, title: o.title} END AS office,
  CASE WHEN a IS NULL THEN null ELSE {id: a.id, title: a.title, url: a.url} END AS article
