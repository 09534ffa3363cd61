// Statements by id, with the ids of what they link to (the API resolves those through its batch
// loaders), and the linked rows themselves for the links $with names.
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN
// @include statement/_row
AS statement,
// @include statement/_linked
AS linked
