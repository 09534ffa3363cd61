// Offices with the organization they belong to; aliases only grow.
UNWIND $offices AS row
MATCH (org:Organization {id: row.organizationId})
MERGE (o:Entity {id: row.id})
ON CREATE SET o:Office, o.title = row.title, o.titleKey = toLower(row.title), o.aliases = [], o.createdAt = datetime()
SET o.wikidataId = coalesce(o.wikidataId, row.wikidataId)
MERGE (o)-[:OF]->(org)
WITH o, [a IN coalesce(o.aliases, []) + row.aliases WHERE a <> o.title] AS merged
WITH o, reduce(acc = [], a IN merged | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
// unchanged aliases are not written again: each write would update the full-text index
FOREACH (_ IN CASE WHEN aliases = coalesce(o.aliases, []) AND o.aliasText IS NOT NULL THEN [] ELSE [1] END |
  SET o.aliases = aliases, o.aliasKeys = [a IN aliases | toLower(a)], o.aliasText = reduce(t = '', a IN aliases | t + a + ' | '))
RETURN count(o) AS merged
