CREATE INDEX statement_oldest_first IF NOT EXISTS FOR (n:Statement) ON (n.oldestFirst)
