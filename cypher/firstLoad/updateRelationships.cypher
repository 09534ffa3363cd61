// Relationships an earlier transaction of a first load wrote whose properties later articles
// changed (a tenure's end, an occurrence read again): their properties as the memory graph holds them.
UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.element
SET r = row.props
RETURN count(r) AS updated
