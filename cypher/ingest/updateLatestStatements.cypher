// Each speaker keeps the ids of its newest statements (newest first, at most 21: a page of 20 and
// one more to tell whether more follow), so a person's latest statements are read without sorting
// all of them, and beside them their sort keys (latestStatementKeys). The newest of all a
// speaker's statements are the newest of the ones kept and those just written, read from the keys
// kept and the statements written, unless a statement kept moved down the order (reported again
// with an earlier date): then, and for a list kept without keys, they are sorted again from all
// the speaker's statements. Statements leave a speaker only through clearArticle and curation,
// which compute the list again (curation/refreshLatest). The speakers are those the statements
// have now, which a person may have set: $statementIds are the statements a batch wrote.
UNWIND $statementIds AS statementId
MATCH (w:Statement {id: statementId})-[:SAID_BY]->(sp:Entity)
WITH sp, collect(DISTINCT {id: w.id, key: w.newestFirst}) AS written
WITH sp, written, coalesce(sp.latestStatementIds, []) AS ids, sp.latestStatementKeys AS keys
WITH sp, written, [w IN written | w.id] AS writtenIds,
     CASE WHEN keys IS NOT NULL AND size(keys) = size(ids) THEN [i IN range(0, size(ids) - 1) | {id: ids[i], key: keys[i]}] END AS kept
WITH sp, written, writtenIds, kept,
     kept IS NULL OR any(w IN written WHERE any(k IN kept WHERE k.id = w.id AND k.key < w.key)) AS again
CALL (sp, again) {
  WITH sp WHERE again
  MATCH (sp)<-[:SAID_BY]-(s:Statement)
  WITH s ORDER BY s.newestFirst, s.id LIMIT 21
  RETURN collect({id: s.id, key: s.newestFirst}) AS sorted
}
CALL (kept, written, writtenIds) {
  UNWIND [k IN coalesce(kept, []) WHERE NOT k.id IN writtenIds] + written AS entry
  WITH entry ORDER BY entry.key, entry.id LIMIT 21
  RETURN collect(entry) AS merged
}
WITH sp, CASE WHEN again THEN sorted ELSE merged END AS latest
SET sp.latestStatementIds = [e IN latest | e.id], sp.latestStatementKeys = [e IN latest | e.key]
RETURN count(sp) AS updated
