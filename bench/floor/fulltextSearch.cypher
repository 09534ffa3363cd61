// Full-text search over statements, best first.
CALL db.index.fulltext.queryNodes('statement_text', $query, {limit: 20}) YIELD node, score
RETURN { id: node.id, text: node.text, score: score } AS result
