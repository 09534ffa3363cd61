// The offices of each organization, by title, as entity rows, with as much of the tree below them
// as the request goes into (organization/_offices): an organization's offices, their holders and
// what they said last in one statement.
UNWIND $ids AS id
MATCH (org:Organization {id: id})
RETURN id AS key,
// @include organization/_offices
  AS offices
