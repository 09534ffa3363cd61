// A part, not a statement: keeps the statements `s` that pass every filter of StatementWhere but
// the one that found them (`anchor`); `mentioned` is the entity of $mentions (statement/_mentioned).
WITH s, anchor, mentioned
WHERE (anchor = 'speaker' OR $speakerId IS NULL OR EXISTS { (s)-[:SAID_BY]->(:Entity {id: $speakerId}) })
  AND ($speakerName IS NULL OR EXISTS { (s)-[:SAID_BY]->(sp:Entity) WHERE sp.nameKey = toLower($speakerName) OR toLower($speakerName) IN sp.aliasKeys OR sp.nameKey ENDS WITH ' ' + toLower($speakerName) })
  AND (anchor = 'office' OR $officeId IS NULL OR EXISTS { (s)-[:IN_CAPACITY_OF]->(:Office {id: $officeId}) })
  AND ($organizationId IS NULL
       OR EXISTS { (s)-[:IN_CAPACITY_OF]->(:Office)-[:OF]->(:Organization {id: $organizationId}) }
       OR EXISTS { (s)-[:ON_BEHALF_OF|SAID_BY]->(:Organization {id: $organizationId}) })
  AND (anchor = 'mention' OR $mentions IS NULL OR EXISTS { (s)-[:MENTIONS]->(mentioned) })
  AND ($kind IS NULL OR s.kind = $kind)
  AND (anchor = 'range' OR $saidFrom IS NULL OR s.saidOn >= date($saidFrom))
  AND (anchor = 'range' OR $saidTo IS NULL OR s.saidOn <= date($saidTo))
  AND (anchor = 'article' OR $articleId IS NULL OR EXISTS { (s)-[:REPORTED_IN]->(:Article {id: $articleId}) })
  AND ($publisherId IS NULL OR EXISTS { (s)-[:REPORTED_IN]->(:Article)-[:PUBLISHED_BY]->(:Organization {id: $publisherId}) })
