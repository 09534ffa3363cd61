// How many offices match OfficeWhere.
MATCH (o:Office)-[:OF]->(org:Organization)
WHERE ($title IS NULL OR o.titleKey CONTAINS toLower($title) OR any(a IN o.aliasKeys WHERE a CONTAINS toLower($title)))
  AND ($organizationId IS NULL OR org.id = $organizationId)
RETURN count(o) AS count
