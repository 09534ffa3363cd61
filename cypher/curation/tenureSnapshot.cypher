// A tenure as the audit trail records it.
MATCH (p:Person)-[h:HELD|REMOVED_HELD {id: $id}]->(o:Office)
RETURN {
  id: h.id, personId: p.id, officeId: o.id, removed: type(h) = 'REMOVED_HELD',
  start: CASE WHEN h.start = date('0001-01-01') THEN null ELSE toString(h.start) END,
  end: toString(h.end), source: h.source, origin: h.origin, version: h.version
} AS snapshot
