// Deletes all data but the record of migrations, in batches; used by tests and `saidgraph db reset`.
// Relationships first: a node deleted with its relationships (DETACH DELETE) takes them all in the
// batch that holds it, and a hub (a country tens of thousands of statements speak for) went past
// the memory a transaction may use.
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
WITH count(*) AS relationships
MATCH (n) WHERE NOT n:Migration
CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS
RETURN relationships, count(*) AS nodes
