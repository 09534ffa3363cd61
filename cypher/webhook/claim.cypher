// Takes (or keeps) the lease on a webhook's delivery for this instance, when it is free, expired or
// already ours: only the holder delivers, so several instances deliver each event once. A webhook
// seen for the first time starts at $start (the edit sequence now, unless configured).
MERGE (c:WebhookCursor {name: $name})
ON CREATE SET c.sequence = $start, c.delivered = 0, c.deadLetters = 0
WITH c
WHERE c.leaseOwner IS NULL OR c.leaseOwner = $owner OR c.leaseUntil < datetime()
SET c.leaseOwner = $owner, c.leaseUntil = datetime() + duration({milliseconds: $leaseMs})
RETURN c.sequence AS sequence
