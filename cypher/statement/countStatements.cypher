// How many statements match StatementWhere.
// @include statement/_matching
RETURN count(s) AS count
