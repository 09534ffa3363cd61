// An entity merged into another keeps its id on a :Merged node that points to the one it joined
// (curation: mergeEntities), so the old id still answers and ingestion redirects to the new one.
CREATE CONSTRAINT merged_id IF NOT EXISTS FOR (n:Merged) REQUIRE n.id IS UNIQUE
