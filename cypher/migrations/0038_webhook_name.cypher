// Webhook cursors (how far each configured webhook has delivered, and which instance delivers it):
// one node per webhook name.
CREATE CONSTRAINT webhook_cursor_name IF NOT EXISTS FOR (n:WebhookCursor) REQUIRE n.name IS UNIQUE
