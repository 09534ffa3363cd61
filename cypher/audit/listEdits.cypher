// The audit trail in order, a page at a time after a sequence number: all of it, or the edits that
// changed one entity (merged ones included: their edits stay with their old id), statement or article.
CALL () {
  WITH $entityId AS id WHERE id IS NOT NULL
  CALL (id) {
    MATCH (n:Entity {id: id}) RETURN n
    UNION
    MATCH (n:Merged {id: id}) RETURN n
  }
  MATCH (n)<-[:CHANGED]-(e:Edit) WHERE e.sequence > $after RETURN e
  UNION
  WITH $statementId AS id WHERE id IS NOT NULL
  CALL (id) {
    MATCH (n:Statement {id: id}) RETURN n
    UNION
    MATCH (n:ArchivedStatement {id: id}) RETURN n
  }
  MATCH (n)<-[:CHANGED]-(e:Edit) WHERE e.sequence > $after RETURN e
  UNION
  WITH $articleId AS id WHERE id IS NOT NULL
  MATCH (:Article {id: id})<-[:CHANGED]-(e:Edit) WHERE e.sequence > $after RETURN e
  UNION
  WITH $entityId IS NULL AND $statementId IS NULL AND $articleId IS NULL AS all WHERE all
  MATCH (e:Edit) WHERE e.sequence > $after RETURN e
}
WITH e ORDER BY e.sequence LIMIT $limit
RETURN
// @include audit/_edit
AS edit
