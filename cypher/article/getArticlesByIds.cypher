// Articles by id, with the id of their publisher.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN
// @include article/_row
AS article
