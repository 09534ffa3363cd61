// A page of 20 far into a speaker's statements, by keyset on the same key as saidgraph's cursors.
MATCH (:Entity {id: $speakerId})<-[:SAID_BY]-(s:Statement)
WITH s, s.newestFirst AS k
WHERE k > $afterKey OR (k = $afterKey AND s.id > $afterId)
WITH s, k ORDER BY k, s.id LIMIT 20
RETURN s { .id, .text, saidOn: toString(s.saidOn) } AS result
