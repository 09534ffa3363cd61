CREATE INDEX statement_said_on_day IF NOT EXISTS FOR (n:Statement) ON (n.saidOnDay, n.id)
