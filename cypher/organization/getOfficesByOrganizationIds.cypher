// The offices of each organization, by title.
UNWIND $ids AS id
MATCH (o:Office)-[:OF]->(org:Organization {id: id})
RETURN org.id AS key, o.id AS id
ORDER BY o.titleKey, o.id
