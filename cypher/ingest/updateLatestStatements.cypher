// Each speaker keeps the ids of its newest statements (newest first, at most 21: a page of 20 and
// one more to tell whether more follow), so a person's latest statements are read without sorting
// all of them. The newest of all a speaker's statements are the newest of the ones kept and those
// just written; statements are never deleted one by one (only a wipe removes them), so the list
// stays right. Rows: {speakerId, statementIds}, the statements a batch wrote for that speaker.
UNWIND $speakers AS row
MATCH (sp:Entity {id: row.speakerId})
CALL (sp, row) {
  UNWIND coalesce(sp.latestStatementIds, []) + row.statementIds AS id
  MATCH (s:Statement {id: id})
  WITH DISTINCT s
  ORDER BY s.newestFirst, s.id
  LIMIT 21
  RETURN collect(s.id) AS latest
}
SET sp.latestStatementIds = latest
RETURN count(sp) AS updated
