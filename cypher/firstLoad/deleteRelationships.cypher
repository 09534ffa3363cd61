// Relationships an earlier transaction of a first load wrote that a later article replaced (an
// article's publisher, given anew).
UNWIND $elements AS element
MATCH ()-[r]->() WHERE elementId(r) = element
DELETE r
RETURN count(*) AS deleted
