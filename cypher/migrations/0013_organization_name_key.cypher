CREATE INDEX organization_name_key IF NOT EXISTS FOR (n:Organization) ON (n.nameKey, n.id)
