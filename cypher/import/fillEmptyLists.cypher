// After an import (`saidgraph ingest --import`): Neo4j's importer stores no property for an empty
// list, where the write path stores []. This sets the lists a write leaves empty: what no person
// curated yet, an entity with no aliases, an edit that changed no entity.
MATCH (s:Statement) WHERE s.curated IS NULL
CALL (s) { SET s.curated = [] } IN TRANSACTIONS OF 20000 ROWS
WITH count(*) AS statements
MATCH (e:Entity) WHERE e.curated IS NULL OR e.aliases IS NULL OR e.aliasKeys IS NULL
CALL (e) { SET e.curated = coalesce(e.curated, []), e.aliases = coalesce(e.aliases, []), e.aliasKeys = coalesce(e.aliasKeys, []) } IN TRANSACTIONS OF 20000 ROWS
WITH statements, count(*) AS entities
MATCH (x:Edit) WHERE x.entityIds IS NULL OR x.statementIds IS NULL OR x.articleIds IS NULL
CALL (x) { SET x.entityIds = coalesce(x.entityIds, []), x.statementIds = coalesce(x.statementIds, []), x.articleIds = coalesce(x.articleIds, []) } IN TRANSACTIONS OF 20000 ROWS
RETURN statements, entities, count(*) AS edits
