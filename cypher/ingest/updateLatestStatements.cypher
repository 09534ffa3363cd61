// Each speaker keeps the ids of its newest statements (newest first, at most 21: a page of 20 and
// one more to tell whether more follow), so a person's latest statements are read without sorting
// all of them. The newest of all a speaker's statements are the newest of the ones kept and those
// just written; statements leave a speaker only through clearArticle and curation, which compute
// the list again (curation/refreshLatest). The speakers are those the statements have now, which
// a person may have set: $statementIds are the statements a batch wrote.
UNWIND $statementIds AS statementId
MATCH (:Statement {id: statementId})-[:SAID_BY]->(sp:Entity)
WITH sp, collect(statementId) AS written
CALL (sp, written) {
  UNWIND coalesce(sp.latestStatementIds, []) + written AS id
  MATCH (s:Statement {id: id})
  WITH DISTINCT s
  ORDER BY s.newestFirst, s.id
  LIMIT 21
  RETURN collect(s.id) AS latest
}
SET sp.latestStatementIds = latest
RETURN count(sp) AS updated
