// Moves a webhook's cursor past an edit while this instance still holds the lease: delivered,
// dead-lettered (the body that could not be delivered is kept), or skipped (nothing for it).
MATCH (c:WebhookCursor {name: $name})
WHERE c.leaseOwner = $owner AND c.sequence < $sequence
SET c.sequence = $sequence,
    c.delivered = c.delivered + CASE WHEN $outcome = 'delivered' THEN 1 ELSE 0 END,
    c.deadLetters = c.deadLetters + CASE WHEN $outcome = 'dead' THEN 1 ELSE 0 END
WITH c
CALL (c) {
  WITH c WHERE $outcome = 'dead'
  CREATE (c)-[:DEAD_LETTER]->(:DeadLetter {sequence: $sequence, at: datetime(), body: $deadLetter.body, error: $deadLetter.error, attempts: $deadLetter.attempts})
}
RETURN c.sequence AS sequence
