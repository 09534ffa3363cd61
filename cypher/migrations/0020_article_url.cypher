CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url)
