// Organizations by id with their offices and as much of the tree below them as the request goes
// into (organization/_offices), in one statement: `organization(id) { offices { holders ... } }`
// costs one round trip, not one for the organization and one for its offices.
UNWIND $ids AS id
MATCH (org:Organization {id: id})
RETURN [e IN [org] |
// @include entity/_row
  ][0] AS organization,
// @include organization/_offices
  AS offices
