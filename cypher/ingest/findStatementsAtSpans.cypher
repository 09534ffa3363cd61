// The statements an article reports (or reported before it was retracted, or before a person's
// correction was kept aside), by the span of each occurrence: read again, the same span is the same
// statement, whatever id the graph's entities would now give it (a merge changes who a name resolves
// to, and so the id a new statement would get).
MATCH (s)-[r:REPORTED_IN|RETRACTED_IN]->(:Article {id: $articleId})
WHERE s:Statement OR s:ArchivedStatement
RETURN s.id AS id, r.start AS start, r.end AS end
