// Statements matching StatementWhere, keyset-paged by the day they were said (direction from
// $descending, undated last), then by where they stand in the article that first reported them
// (reading order within a day), then id.
// @include statement/_matching
// @include statement/_page
