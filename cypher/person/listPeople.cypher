// People matching PersonWhere, keyset-paged by lower-cased name then id.
MATCH (p:Person)
WHERE ($name IS NULL OR p.nameKey CONTAINS toLower($name) OR any(a IN p.aliasKeys WHERE a CONTAINS toLower($name)))
  AND ($officeId IS NULL OR EXISTS { (p)-[:HELD]->(:Office {id: $officeId}) })
  AND ($organizationId IS NULL OR EXISTS { (p)-[:HELD]->(:Office)-[:OF]->(:Organization {id: $organizationId}) })
  AND ($afterId IS NULL OR p.nameKey > $afterKey OR (p.nameKey = $afterKey AND p.id > $afterId))
RETURN p.id AS id, p.nameKey AS sortKey
ORDER BY p.nameKey, p.id
LIMIT $limit
