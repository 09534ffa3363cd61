// Sets the fields of a tenure patch ($fields names those given), as a person's (origin CURATED).
MATCH ()-[h:HELD {id: $id}]->()
FOREACH (_ IN CASE WHEN 'start' IN $fields THEN [1] ELSE [] END |
  SET h.start = CASE WHEN $patch.start IS NULL THEN date('0001-01-01') ELSE date($patch.start) END)
FOREACH (_ IN CASE WHEN 'end' IN $fields THEN [1] ELSE [] END |
  SET h.end = CASE WHEN $patch.end IS NULL THEN null ELSE date($patch.end) END)
FOREACH (_ IN CASE WHEN 'source' IN $fields THEN [1] ELSE [] END | SET h.source = $patch.source)
SET h.origin = 'CURATED', h.version = h.version + 1
RETURN h.version AS version
