// Candidates of findEntityNames whose names can be the article's, by id, with what each is linked
// to as the transaction sees it.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
WHERE row.label IN labels(e) AND NOT e.id CONTAINS '~'
// @include ingest/_candidate
