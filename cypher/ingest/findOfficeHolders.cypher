// Who held each office on a day, for speakers an article names only by their office ("the foreign
// secretary said"): per lookup, the people whose tenure of the office covers the day. Tenures of
// article-scoped people (ids with "~") are left out: only people known beyond one article count.
UNWIND $lookups AS lookup
MATCH (p:Person)-[h:HELD]->(:Office {id: lookup.officeId})
WHERE NOT p.id CONTAINS '~'
  AND h.start <= date(lookup.day)
  AND (h.end IS NULL OR h.end >= date(lookup.day))
RETURN lookup.key AS key, collect(DISTINCT p.id) AS holders
