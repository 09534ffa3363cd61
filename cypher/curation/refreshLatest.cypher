// The list of newest statements of each speaker, computed again after statements moved between
// speakers or left every answer (see ingest/updateLatestStatements).
UNWIND $ids AS id
MATCH (sp:Entity {id: id})
// @include statement/_refreshLatest
RETURN count(sp) AS refreshed
