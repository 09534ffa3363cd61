CREATE INDEX office_title_key IF NOT EXISTS FOR (n:Office) ON (n.titleKey, n.id)
