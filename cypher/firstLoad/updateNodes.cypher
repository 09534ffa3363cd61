// Nodes an earlier transaction of a first load wrote that later articles changed (an entity's
// aliases, version and newest statements; a statement's earliest date): their properties and labels
// as the memory graph now holds them.
UNWIND $rows AS row
MATCH (n) WHERE elementId(n) = row.element
SET n = row.props, n:$(row.labels)
RETURN count(n) AS updated
