CREATE INDEX statement_said_on IF NOT EXISTS FOR (n:Statement) ON (n.saidOn)
