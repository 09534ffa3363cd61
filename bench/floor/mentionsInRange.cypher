// Statements mentioning an entity in a date range, newest first, with their speakers.
MATCH (:Entity {id: $entityId})<-[:MENTIONS]-(s:Statement)
WHERE s.saidOn >= date($from) AND s.saidOn <= date($to)
WITH s ORDER BY s.saidOnDay DESC, s.id LIMIT 20
RETURN s { .id, .text, saidOn: toString(s.saidOn), speaker: [(s)-[:SAID_BY]->(p) | p.name][0] } AS result
