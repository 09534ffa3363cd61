// Who held which office and when; one HELD per person, office and start, with an id made of the
// three (computed by the ingest). A tenure a curator changed or removed (origin CURATED, kept as
// REMOVED_HELD when removed) is left as they set it.
UNWIND $tenures AS row
MATCH (p:Person {id: row.personId})
MATCH (o:Office {id: row.officeId})
WITH p, o, row, CASE WHEN row.start IS NULL THEN date('0001-01-01') ELSE date(row.start) END AS start
WHERE NOT EXISTS { (p)-[c:HELD|REMOVED_HELD]->(o) WHERE c.origin = 'CURATED' AND (c.id = row.id OR c.start = start) }
MERGE (p)-[h:HELD {start: start}]->(o)
ON CREATE SET h.id = row.id, h.version = 0, h.origin = row.origin
WITH h, row, CASE WHEN row.end IS NULL THEN null ELSE date(row.end) END AS end
FOREACH (_ IN CASE WHEN h.version > 0 AND coalesce(h.end = end, h.end IS NULL AND end IS NULL) AND h.source IS NOT NULL THEN [] ELSE [1] END |
  SET h.end = end, h.source = coalesce(h.source, row.source), h.version = h.version + 1)
SET h.id = coalesce(h.id, row.id), h.origin = coalesce(h.origin, row.origin)
RETURN count(h) AS merged
