// Entities already in the graph that share a name word with an entity an article names (its
// surname, or an organization's name), found through the full-text index on names and aliases,
// with their names: those whose names can be the article's are then read with what they are
// linked to (describeEntityCandidates), so that identity is decided on evidence
// (src/ingest/identity.ts), never on a surname alone.
UNWIND $lookups AS row
CALL (row) {
  CALL db.index.fulltext.queryNodes('entity_names', row.query) YIELD node
  WITH node AS e
  // a partial name kept to its article ("person:howard~...") is no one to join
  WHERE row.label IN labels(e) AND NOT e.id CONTAINS '~'
  RETURN e
  LIMIT 30
}
RETURN row.key AS key, e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases
