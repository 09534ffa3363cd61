// Who held which office and when; one HELD per person, office and start.
UNWIND $tenures AS row
MATCH (p:Person {id: row.personId})
MATCH (o:Office {id: row.officeId})
MERGE (p)-[h:HELD {start: CASE WHEN row.start IS NULL THEN date('0001-01-01') ELSE date(row.start) END}]->(o)
SET h.end = CASE WHEN row.end IS NULL THEN null ELSE date(row.end) END,
    h.source = coalesce(h.source, row.source)
RETURN count(h) AS merged
