// A part, not a statement: the row of entity `e` as the API reads it (person, organization, group,
// place or office, told apart by its labels; an office carries the id of its organization), with
// its version, the fields a person set, and the ids of the entities merged into it. The parts
// $shape.entity leaves out are null (a request that selects none of them does not read them);
// id, name and labels always come.
e {
  .id, .name,
  title: CASE WHEN $shape.entity.title THEN e.title END,
  aliases: CASE WHEN $shape.entity.aliases THEN e.aliases END,
  kind: CASE WHEN $shape.entity.kind THEN e.kind END,
  description: CASE WHEN $shape.entity.description THEN e.description END,
  wikidataId: CASE WHEN $shape.entity.wikidataId THEN e.wikidataId END,
  labels: labels(e),
  organizationId: CASE WHEN $shape.entity.organizationId THEN [(e)-[:OF]->(officeOrganization:Organization) | officeOrganization.id][0] END,
  version: CASE WHEN $shape.entity.version THEN coalesce(e.version, 1) END,
  curated: CASE WHEN $shape.entity.curated THEN coalesce(e.curated, []) END,
  mergedIds: CASE WHEN $shape.entity.mergedIds THEN [(merged:Merged)-[:MERGED_INTO]->(e) | merged.id] END
}
