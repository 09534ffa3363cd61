// How many people match PersonWhere.
MATCH (p:Person)
WHERE ($name IS NULL OR p.nameKey CONTAINS toLower($name) OR any(a IN p.aliasKeys WHERE a CONTAINS toLower($name)))
  AND ($officeId IS NULL OR EXISTS { (p)-[:HELD]->(:Office {id: $officeId}) })
  AND ($organizationId IS NULL OR EXISTS { (p)-[:HELD]->(:Office)-[:OF]->(:Organization {id: $organizationId}) })
RETURN count(p) AS count
