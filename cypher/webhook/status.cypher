// Each webhook's cursor: how far it delivered, how many deliveries and dead letters.
MATCH (c:WebhookCursor)
RETURN c.name AS name, c.sequence AS sequence, c.delivered AS delivered, c.deadLetters AS deadLetters, c.leaseOwner AS leaseOwner
ORDER BY name
