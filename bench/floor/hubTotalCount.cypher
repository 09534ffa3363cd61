// How many statements mention a hub.
MATCH (:Entity {id: $id})<-[:MENTIONS]-(s:Statement)
RETURN count(s) AS result
