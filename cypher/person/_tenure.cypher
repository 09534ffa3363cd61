// A part, not a statement: the tenure of HELD relationship `h` from person `p` to office `o`, as the
// API reads it (a tenure with no known start is stored from 0001-01-01 and read as null).
{ personId: p.id, officeId: o.id,
  start: CASE WHEN h.start = date('0001-01-01') THEN null ELSE h.start END,
  end: h.end, source: h.source, id: h.id, version: coalesce(h.version, 1),
  origin: coalesce(h.origin, CASE WHEN h.source = 'reference' THEN 'REFERENCE' ELSE 'MACHINE' END) }
