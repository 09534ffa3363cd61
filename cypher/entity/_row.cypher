// A part, not a statement: the row of entity `e` as the API reads it (person, organization, group,
// place or office, told apart by its labels; an office carries the id of its organization), with
// its version, the fields a person set, and the ids of the entities merged into it.
e {
  .id, .name, .title, .aliases, .kind, .description, .wikidataId,
  labels: labels(e),
  organizationId: [(e)-[:OF]->(officeOrganization:Organization) | officeOrganization.id][0],
  version: coalesce(e.version, 1),
  curated: coalesce(e.curated, []),
  mergedIds: [(merged:Merged)-[:MERGED_INTO]->(e) | merged.id]
}
