// A tenure a person records (origin CURATED). No start is stored as 0001-01-01, as ingestion does.
MATCH (p:Person {id: $personId})
MATCH (o:Office {id: $officeId})
CREATE (p)-[h:HELD {
  id: $id, start: CASE WHEN $start IS NULL THEN date('0001-01-01') ELSE date($start) END,
  end: CASE WHEN $end IS NULL THEN null ELSE date($end) END,
  source: $source, origin: 'CURATED', version: 1
}]->(o)
RETURN h.id AS id
