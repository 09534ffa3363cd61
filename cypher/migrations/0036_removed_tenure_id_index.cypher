// Tenures a curator removed stay as REMOVED_HELD, so that ingestion does not bring them back.
CREATE INDEX removed_tenure_id IF NOT EXISTS FOR ()-[h:REMOVED_HELD]-() ON (h.id)
