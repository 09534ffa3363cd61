// A part, not a statement: the entity $mentions names, as `mentioned` (null when not given or not
// in the graph), and how often it is mentioned, from its degree (`mentionCount`): a hub is not an
// anchor.
OPTIONAL MATCH (mentioned:Entity {id: $mentions})
WITH mentioned, CASE WHEN mentioned IS NULL THEN 0 ELSE COUNT { (mentioned)<-[:MENTIONS]-() } END AS mentionCount
