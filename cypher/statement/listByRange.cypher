// A page of the statements of a date range, when no full text, speaker, office or article narrows
// it: read in list order straight from the index of sort keys, each checked against the other
// filters, until the page is full, so a page costs about as many statements as it shows instead of
// sorting the whole range. An entity mentioned in at most 500 statements is the anchor instead:
// reading its few statements beats scanning the range for them, while an entity mentioned often
// fills a page early in the scan. Same order, keys and rows as statement/listStatements.
// @include statement/_mentioned
// the range as sort keys: a day's statements have keys day * 10,000,000 + position (newest first:
// -day * 10,000,000 + position), positions are under 10,000,000, undated statements sort last
WITH mentioned, mentionCount,
     CASE WHEN $saidFrom IS NULL THEN null ELSE duration.inDays(date('1970-01-01'), date($saidFrom)).days END AS fromDay,
     CASE WHEN $saidTo IS NULL THEN null ELSE duration.inDays(date('1970-01-01'), date($saidTo)).days END AS toDay
WITH mentioned, mentionCount,
     CASE WHEN $descending THEN coalesce(-toDay, -100000000) ELSE coalesce(fromDay, -100000000) END * 10000000 AS low,
     CASE WHEN $descending THEN coalesce(-fromDay, 99999999) ELSE coalesce(toDay, 99999999) END * 10000000 + 9999999 AS high
CALL (mentioned, mentionCount, low, high) {
  UNWIND CASE WHEN mentioned IS NOT NULL AND mentionCount <= 500 THEN [mentioned] ELSE [] END AS entity
  MATCH (entity)<-[:MENTIONS]-(s:Statement)
  WITH DISTINCT s, 'mention' AS anchor, mentioned
// @include statement/_checks
  RETURN s
  UNION ALL
  MATCH (s:Statement)
  WHERE $descending AND ($mentions IS NULL OR mentionCount > 500)
    AND s.newestFirst >= low AND s.newestFirst <= high
    AND ($afterId IS NULL OR s.newestFirst > $afterKey OR (s.newestFirst = $afterKey AND s.id > $afterId))
  WITH s, 'range' AS anchor, mentioned
// @include statement/_checks
  WITH s ORDER BY s.newestFirst, s.id LIMIT $limit
  RETURN s
  UNION ALL
  MATCH (s:Statement)
  WHERE NOT $descending AND ($mentions IS NULL OR mentionCount > 500)
    AND s.oldestFirst >= low AND s.oldestFirst <= high
    AND ($afterId IS NULL OR s.oldestFirst > $afterKey OR (s.oldestFirst = $afterKey AND s.id > $afterId))
  WITH s, 'range' AS anchor, mentioned
// @include statement/_checks
  WITH s ORDER BY s.oldestFirst, s.id LIMIT $limit
  RETURN s
}
// @include statement/_page
