// The sequence number of the last edit committed (0 before any): the change feed polls it.
OPTIONAL MATCH (c:Sequence {name: 'edit'})
RETURN coalesce(c.value, 0) AS sequence
