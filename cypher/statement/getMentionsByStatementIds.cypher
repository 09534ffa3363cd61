// What each statement mentions, in text order.
UNWIND $ids AS id
MATCH (s:Statement {id: id})-[m:MENTIONS]->(e:Entity)
RETURN s.id AS key, { entityId: e.id, start: m.start, end: m.end } AS mention
ORDER BY m.start, e.id
