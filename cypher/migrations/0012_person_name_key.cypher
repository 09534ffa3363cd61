CREATE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey, n.id)
