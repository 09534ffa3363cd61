// An entity of one label by exact name or alias, case-insensitive; an exact name beats an alias.
WITH toLower($name) AS key
MATCH (e:Entity)
WHERE $label IN labels(e) AND (e.nameKey = key OR key IN e.aliasKeys)
RETURN e.id AS id
ORDER BY CASE WHEN e.nameKey = key THEN 0 ELSE 1 END, e.id
LIMIT 1
