CREATE INDEX statement_newest_first IF NOT EXISTS FOR (n:Statement) ON (n.newestFirst)
