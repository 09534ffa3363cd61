// Tenures became objects a curator names (updateTenure, removeTenure): each HELD gets an id.
MATCH ()-[h:HELD]->() WHERE h.id IS NULL
CALL (h) {
  SET h.id = 'tenure:' + randomUUID()
} IN TRANSACTIONS OF 1000 ROWS
