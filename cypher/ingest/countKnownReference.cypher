// How many of the entities, offices and tenures a reference file names the graph holds already:
// what a dry run of `saidgraph import-reference` reports as not new.
RETURN size([id IN $entityIds WHERE EXISTS { MATCH (:Entity {id: id}) }]) AS entities,
       size([id IN $officeIds WHERE EXISTS { MATCH (:Office {id: id}) }]) AS offices,
       size([t IN $tenures WHERE EXISTS {
         MATCH (:Person {id: t.personId})-[h:HELD]->(:Office {id: t.officeId})
         WHERE h.start = CASE WHEN t.start IS NULL THEN date('0001-01-01') ELSE date(t.start) END
       }]) AS tenures
