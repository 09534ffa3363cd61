// People, organizations, groups, places and offices by id, with their labels so the API can tell
// which type each one is. Offices carry the id of their organization.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN
// @include entity/_row
AS entity
