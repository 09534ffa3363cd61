// How many statements one entity reaches through one relationship, when that is the only filter
// (a speaker's statements, those that mention a hub, those made in an office): counted from the
// entity's relationships, with no per-statement checks.
OPTIONAL MATCH (e:Entity {id: $id})
RETURN CASE
  WHEN e IS NULL THEN 0
  WHEN $relation = 'SAID_BY' THEN COUNT { MATCH (e)<-[:SAID_BY]-(s:Statement) RETURN DISTINCT s }
  WHEN $relation = 'MENTIONS' THEN COUNT { MATCH (e)<-[:MENTIONS]-(s:Statement) RETURN DISTINCT s }
  WHEN $relation = 'IN_CAPACITY_OF' THEN COUNT { MATCH (e)<-[:IN_CAPACITY_OF]-(s:Statement) RETURN DISTINCT s }
  ELSE 0
END AS count
