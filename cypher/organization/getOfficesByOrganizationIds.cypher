// The offices of each organization, by title, as entity rows.
UNWIND $ids AS id
MATCH (e:Office)-[:OF]->(org:Organization {id: id})
RETURN org.id AS key,
// @include entity/_row
AS office
ORDER BY e.titleKey, e.id
