// Tenures by id (curation).
CREATE INDEX tenure_id IF NOT EXISTS FOR ()-[h:HELD]-() ON (h.id)
