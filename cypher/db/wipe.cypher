// Deletes all data but the record of migrations, in batches; used by tests and `saidgraph db reset`.
MATCH (n) WHERE NOT n:Migration
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
