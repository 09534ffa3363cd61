// The counter of edits after a transaction of a first load: the number of the last edit it wrote.
MATCH (c:Sequence {name: 'edit'})
SET c.value = $value
