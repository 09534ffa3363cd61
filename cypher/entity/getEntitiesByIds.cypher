// People, organizations, groups, places and offices by id, with their labels so the API can tell
// which type each one is. Offices carry the id of their organization. The id of an entity merged
// into another (curation) answers with the one it joined; `key` is the id asked for.
UNWIND $ids AS id
OPTIONAL MATCH (found:Entity {id: id})
OPTIONAL MATCH (:Merged {id: id})-[:MERGED_INTO]->(joined:Entity)
WITH id, coalesce(found, joined) AS e
WHERE e IS NOT NULL
RETURN id AS key,
// @include entity/_row
AS entity
