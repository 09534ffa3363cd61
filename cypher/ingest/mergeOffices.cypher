// Offices with the organization they belong to; aliases only grow. What a curator set (the fields
// listed in `curated`) stays as they set it; a change readers would see increases the version.
UNWIND $offices AS row
MATCH (org:Organization {id: row.organizationId})
MERGE (o:Entity {id: row.id})
ON CREATE SET o:Office, o.title = row.title, o.titleKey = toLower(row.title), o.aliases = [], o.createdAt = datetime(), o.version = 0, o.curated = []
WITH o, row, org, coalesce(o.curated, []) AS curated, coalesce(o.version, 1) AS v0
FOREACH (_ IN CASE WHEN 'wikidataId' IN curated OR o.wikidataId IS NOT NULL OR row.wikidataId IS NULL THEN [] ELSE [1] END |
  SET o.wikidataId = row.wikidataId, o.version = coalesce(o.version, 1) + 1)
MERGE (o)-[:OF]->(org)
WITH o, curated, v0, [a IN coalesce(o.aliases, []) + row.aliases WHERE a <> o.title] AS merged
WITH o, curated, v0, reduce(acc = [], a IN merged | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
// unchanged aliases are not written again: each write would update the full-text index
FOREACH (_ IN CASE WHEN 'aliases' IN curated OR (aliases = coalesce(o.aliases, []) AND o.aliasText IS NOT NULL) THEN [] ELSE [1] END |
  SET o.aliases = aliases, o.aliasKeys = [a IN aliases | toLower(a)], o.aliasText = reduce(t = '', a IN aliases | t + a + ' | '),
      o.version = coalesce(o.version, 1) + 1)
// the offices this write created or changed, for the audit trail
RETURN [id IN collect(CASE WHEN o.version <> v0 THEN o.id END) WHERE id IS NOT NULL] AS changed
