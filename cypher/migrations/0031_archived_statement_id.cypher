// A statement no standing article reports any more (its article was retracted, or re-extraction no
// longer finds it while a person corrected it) is kept as :ArchivedStatement, out of every answer,
// until an article reports it again.
CREATE CONSTRAINT archived_statement_id IF NOT EXISTS FOR (n:ArchivedStatement) REQUIRE n.id IS UNIQUE
