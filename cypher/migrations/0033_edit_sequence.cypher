// Edits are read in the order they were written: by their sequence number.
CREATE CONSTRAINT edit_sequence IF NOT EXISTS FOR (n:Edit) REQUIRE n.sequence IS UNIQUE
