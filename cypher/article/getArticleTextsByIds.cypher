// The full texts of articles by id.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.text AS text
