CREATE INDEX statement_text_hash IF NOT EXISTS FOR (n:Statement) ON (n.textHash)
