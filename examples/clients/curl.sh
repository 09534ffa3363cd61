#!/usr/bin/env bash
# saidgraph from the command line with curl (and jq to read the answers). URL and KEY default to
# the local server of `npm start` and no key (reads need none unless SAIDGRAPH_REQUIRE_KEY_FOR_READS).
set -euo pipefail
URL=${URL:-http://localhost:4000/graphql}
auth=(); [ -n "${KEY:-}" ] && auth=(-H "authorization: Bearer $KEY")

# Lavrov's statements, newest first, with the office each was made in
curl -sS "$URL" -H 'content-type: application/json' "${auth[@]}" \
  -d '{"query": "{ person(name: \"Sergey Lavrov\") { name statements(first: 5) { nodes { saidOn text inCapacityOf { title } } } } }"}' | jq .

# full-text search with a variable, and the error code when something is wrong
curl -sS "$URL" -H 'content-type: application/json' "${auth[@]}" \
  -d '{"query": "query($q: String!) { statements(where: { text: $q }, first: 3) { totalCount nodes { text } } }", "variables": {"q": "sanctions"}}' \
  | jq '.data // .errors[0].extensions.code'

# the same query sent again by its hash (automatic persisted queries): no text on the wire
query='{ statements(first: 1) { nodes { text } } }'
hash=$(printf '%s' "$query" | sha256sum | cut -d' ' -f1)
curl -sS "$URL" -H 'content-type: application/json' -d "{\"query\": \"$query\", \"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"$hash\"}}}" > /dev/null
curl -sS "$URL" -H 'content-type: application/json' -d "{\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"$hash\"}}}" | jq .

# the request id that the answer and the server's log share
curl -sS -o /dev/null -D - "$URL" -H 'content-type: application/json' -d '{"query": "{ __typename }"}' | grep -i '^x-request-id'
