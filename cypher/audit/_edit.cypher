// A part, not a statement: the row of edit `e` as the API reads it.
e {
  .id, .sequence, at: toString(e.at), .actor, .operation, .reason, .before, .after,
  .entityIds, .statementIds, .articleIds
}
