// People, organizations, groups and places, by id; aliases only grow. Every one is also an :Entity,
// so that a speaker or a mention of any kind is found through one unique index. What a curator
// set (the fields listed in `curated`) stays as they set it. A change the entity's readers would
// see (its type, aliases, kind, description, Wikidata id) increases its version.
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.nameKey = toLower(row.name), e.aliases = [], e.createdAt = datetime(), e.version = 0, e.curated = []
WITH e, row, coalesce(e.curated, []) AS curated, coalesce(e.version, 1) AS v0
FOREACH (_ IN CASE WHEN 'type' IN curated OR row.label IN labels(e) THEN [] ELSE [1] END |
  SET e:$(row.label), e.version = coalesce(e.version, 1) + 1)
WITH e, row, curated, v0, [a IN coalesce(e.aliases, []) + row.aliases WHERE a <> e.name] AS merged
WITH e, row, curated, v0, reduce(acc = [], a IN merged | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
// unchanged aliases are not written again: each write would update the full-text index
FOREACH (_ IN CASE WHEN 'aliases' IN curated OR (aliases = coalesce(e.aliases, []) AND e.aliasText IS NOT NULL) THEN [] ELSE [1] END |
  SET e.aliases = aliases,
      e.aliasKeys = [a IN aliases | toLower(a)],
      e.aliasText = reduce(t = '', a IN aliases | t + a + ' | '),
      e.version = coalesce(e.version, 1) + 1)
WITH e, row, curated, v0,
     CASE WHEN 'kind' IN curated THEN e.kind ELSE coalesce(row.kind, e.kind) END AS kind,
     CASE WHEN 'description' IN curated THEN e.description ELSE coalesce(e.description, row.description) END AS description,
     CASE WHEN 'wikidataId' IN curated THEN e.wikidataId ELSE coalesce(e.wikidataId, row.wikidataId) END AS wikidataId
// unchanged when each is equal or both are null (a comparison with null is null)
FOREACH (_ IN CASE WHEN coalesce(kind = e.kind, kind IS NULL AND e.kind IS NULL)
                    AND coalesce(description = e.description, description IS NULL AND e.description IS NULL)
                    AND coalesce(wikidataId = e.wikidataId, wikidataId IS NULL AND e.wikidataId IS NULL) THEN [] ELSE [1] END |
  SET e.kind = kind, e.description = description, e.wikidataId = wikidataId, e.version = coalesce(e.version, 1) + 1)
// the entities this write created or changed, for the audit trail
RETURN [id IN collect(CASE WHEN e.version <> v0 THEN e.id END) WHERE id IS NOT NULL] AS changed
