CREATE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt)
