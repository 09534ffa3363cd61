CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.text] OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } }
