// How many organizations match OrganizationWhere.
MATCH (o:Organization)
WHERE ($name IS NULL OR o.nameKey CONTAINS toLower($name) OR any(a IN o.aliasKeys WHERE a CONTAINS toLower($name)))
  AND ($kind IS NULL OR o.kind = $kind)
RETURN count(o) AS count
