// A part, not a statement: the row of entity `e` as the API reads it (person, organization, group,
// place or office, told apart by its labels; an office carries the id of its organization).
e {
  .id, .name, .title, .aliases, .kind, .description, .wikidataId,
  labels: labels(e),
  organizationId: [(e)-[:OF]->(officeOrganization:Organization) | officeOrganization.id][0]
}
