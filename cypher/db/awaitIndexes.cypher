// Waits until every index is online, so a fresh database answers full-text queries at once.
CALL db.awaitIndexes(300)
