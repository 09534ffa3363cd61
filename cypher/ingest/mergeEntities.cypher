// People, organizations, groups and places, by id; aliases only grow. Every one is also an :Entity,
// so that a speaker or a mention of any kind is found through one unique index.
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.nameKey = toLower(row.name), e.aliases = [], e.createdAt = datetime()
SET e:$(row.label)
WITH e, row, [a IN coalesce(e.aliases, []) + row.aliases WHERE a <> e.name] AS merged
WITH e, row, reduce(acc = [], a IN merged | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
// unchanged aliases are not written again: each write would update the full-text index
FOREACH (_ IN CASE WHEN aliases = coalesce(e.aliases, []) AND e.aliasText IS NOT NULL THEN [] ELSE [1] END |
  SET e.aliases = aliases,
      e.aliasKeys = [a IN aliases | toLower(a)],
      e.aliasText = reduce(t = '', a IN aliases | t + a + ' | '))
SET e.kind = coalesce(row.kind, e.kind),
    e.description = coalesce(e.description, row.description),
    e.wikidataId = coalesce(e.wikidataId, row.wikidataId)
RETURN count(e) AS merged
