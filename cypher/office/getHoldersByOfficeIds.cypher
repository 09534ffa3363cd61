// Who held each office; with $at, only tenures that include that day.
UNWIND $ids AS id
MATCH (p:Person)-[h:HELD]->(o:Office {id: id})
WHERE $at IS NULL OR ((h.start IS NULL OR h.start <= date($at)) AND (h.end IS NULL OR h.end >= date($at)))
RETURN o.id AS key,
       { personId: p.id, officeId: o.id,
         start: CASE WHEN h.start = date('0001-01-01') THEN null ELSE h.start END,
         end: h.end, source: h.source } AS tenure
ORDER BY h.start, p.id
