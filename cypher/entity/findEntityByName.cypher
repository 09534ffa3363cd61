// An entity of one label by exact name or alias, case-insensitive; an exact name beats an alias.
// A surname alone ("Borrell") finds the one entity whose name ends with it, and nothing when
// several do: graph aliases hold no bare surnames (they would join strangers), and "Brown" must
// not answer with whichever Brown came first.
WITH toLower(trim($name)) AS key
MATCH (e:Entity)
WHERE $label IN labels(e) AND (e.nameKey = key OR key IN e.aliasKeys OR e.nameKey ENDS WITH ' ' + key)
WITH e, CASE WHEN e.nameKey = key THEN 0 WHEN key IN e.aliasKeys THEN 1 ELSE 2 END AS rank
ORDER BY rank, e.id
WITH collect({id: e.id, rank: rank})[..2] AS found
WHERE size(found) > 0 AND (found[0].rank < 2 OR size(found) = 1)
RETURN found[0].id AS id
