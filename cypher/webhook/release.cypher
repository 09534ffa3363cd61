// Gives up a webhook's lease when this instance stops, so that another takes over at once.
MATCH (c:WebhookCursor {name: $name}) WHERE c.leaseOwner = $owner
REMOVE c.leaseOwner, c.leaseUntil
