// Offices matching OfficeWhere, keyset-paged by lower-cased title then id.
MATCH (o:Office)-[:OF]->(org:Organization)
WHERE ($title IS NULL OR o.titleKey CONTAINS toLower($title) OR any(a IN o.aliasKeys WHERE a CONTAINS toLower($title)))
  AND ($organizationId IS NULL OR org.id = $organizationId)
  AND ($afterId IS NULL OR o.titleKey > $afterKey OR (o.titleKey = $afterKey AND o.id > $afterId))
RETURN o.id AS id, o.titleKey AS sortKey
ORDER BY o.titleKey, o.id
LIMIT $limit
