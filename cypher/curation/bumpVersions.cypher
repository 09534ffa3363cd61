// A new version of each entity a curation changed (they were locked first).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.version = e.version + 1
RETURN count(e) AS bumped
