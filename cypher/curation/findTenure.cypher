// Whether a person has a tenure of an office from a day (tenures are one per person, office and start).
MATCH (:Person {id: $personId})-[h:HELD]->(:Office {id: $officeId})
WHERE h.start = CASE WHEN $start IS NULL THEN date('0001-01-01') ELSE date($start) END
RETURN h.id AS id
