CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Organization|Group|Place|Office) ON EACH [n.name, n.title, n.aliasText]
