// Counters (the sequence of edits): one node each, taken with MERGE, which the constraint makes safe
// for concurrent transactions.
CREATE CONSTRAINT sequence_name IF NOT EXISTS FOR (n:Sequence) REQUIRE n.name IS UNIQUE
