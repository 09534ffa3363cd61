CREATE INDEX statement_kind IF NOT EXISTS FOR (n:Statement) ON (n.kind)
