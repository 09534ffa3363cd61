// Sets the fields of a patch ($fields names those given; a null value removes the field), marks
// them as set by a person (ingestion leaves them), and counts a new version. A new type replaces
// the label of the old one (the id stays).
MATCH (e:Entity {id: $id})
FOREACH (_ IN CASE WHEN 'name' IN $fields AND NOT e:Office THEN [1] ELSE [] END |
  SET e.name = $patch.name, e.nameKey = toLower($patch.name))
FOREACH (_ IN CASE WHEN 'name' IN $fields AND e:Office THEN [1] ELSE [] END |
  SET e.title = $patch.name, e.titleKey = toLower($patch.name))
FOREACH (_ IN CASE WHEN 'aliases' IN $fields THEN [1] ELSE [] END |
  SET e.aliases = $patch.aliases, e.aliasKeys = [a IN $patch.aliases | toLower(a)], e.aliasText = reduce(t = '', a IN $patch.aliases | t + a + ' | '))
FOREACH (_ IN CASE WHEN 'type' IN $fields THEN [1] ELSE [] END |
  REMOVE e:Person:Organization:Group:Place
  SET e:$($patch.type))
FOREACH (_ IN CASE WHEN 'kind' IN $fields THEN [1] ELSE [] END | SET e.kind = $patch.kind)
FOREACH (_ IN CASE WHEN 'description' IN $fields THEN [1] ELSE [] END | SET e.description = $patch.description)
FOREACH (_ IN CASE WHEN 'wikidataId' IN $fields THEN [1] ELSE [] END | SET e.wikidataId = $patch.wikidataId)
SET e.version = e.version + 1,
    e.curated = reduce(acc = coalesce(e.curated, []), f IN $fields | CASE WHEN f IN acc THEN acc ELSE acc + f END)
RETURN e.version AS version
