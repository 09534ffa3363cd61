// Organizations matching OrganizationWhere, keyset-paged by lower-cased name then id.
MATCH (o:Organization)
WHERE ($name IS NULL OR o.nameKey CONTAINS toLower($name) OR any(a IN o.aliasKeys WHERE a CONTAINS toLower($name)))
  AND ($kind IS NULL OR o.kind = $kind)
  AND ($afterId IS NULL OR o.nameKey > $afterKey OR (o.nameKey = $afterKey AND o.id > $afterId))
RETURN o.id AS id, o.nameKey AS sortKey
ORDER BY o.nameKey, o.id
LIMIT $limit
