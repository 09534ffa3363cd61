#!/usr/bin/env python3
"""A small client of saidgraph with the standard library only (Python 3.8+).

    python3 examples/clients/python/saidgraph_client.py [URL] [SPEAKER]

Reads every statement of a speaker page by page, and shows how a webhook receiver checks the
signature of what saidgraph POSTs (see the README, "The change feed").
"""
import hashlib
import hmac
import json
import sys
import time
import urllib.error
import urllib.request

STATEMENTS = """
query SpeakerStatements($name: String!, $first: Int!, $after: String) {
  person(name: $name) {
    name
    statements(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id text saidOn inCapacityOf { title } }
    }
  }
}
"""


class SaidgraphError(Exception):
    """An error as saidgraph sends it: `code` is its extensions.code (BAD_USER_INPUT, RATE_LIMITED, ...)."""

    def __init__(self, code, message):
        super().__init__(f"{code}: {message}")
        self.code = code


def request(url, query, variables=None, key=None):
    """Runs one operation; returns its data or raises SaidgraphError with the first error's code."""
    headers = {"content-type": "application/json"}
    if key:
        headers["authorization"] = f"Bearer {key}"
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    req = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            answer = json.load(response)
    except urllib.error.HTTPError as error:  # 4xx/5xx still carry {"errors": [...]}
        answer = json.load(error)
    if answer.get("errors"):
        first = answer["errors"][0]
        raise SaidgraphError(first.get("extensions", {}).get("code", "UNKNOWN"), first.get("message", ""))
    return answer["data"]


def statements_of(url, name):
    """Every statement of a speaker, 100 at a time."""
    after = None
    while True:
        person = request(url, STATEMENTS, {"name": name, "first": 100, "after": after})["person"]
        if person is None:
            return
        page = person["statements"]
        yield from page["nodes"]
        if not page["pageInfo"]["hasNextPage"]:
            return
        after = page["pageInfo"]["endCursor"]


def verify_webhook(secret, signature_header, body, tolerance_seconds=300):
    """Whether a webhook body is saidgraph's: X-Saidgraph-Signature is t=<seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">."""
    parts = dict(part.split("=", 1) for part in signature_header.split(",") if "=" in part)
    timestamp, given = parts.get("t"), parts.get("v1")
    if not timestamp or not given or abs(time.time() - int(timestamp)) > tolerance_seconds:
        return False
    expected = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, given)


if __name__ == "__main__":
    url = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:4000/graphql"
    name = sys.argv[2] if len(sys.argv) > 2 else "Sergey Lavrov"
    try:
        for statement in statements_of(url, name):
            office = (statement.get("inCapacityOf") or {}).get("title") or ""
            print(f"{statement.get('saidOn') or '?'}  {office}  {statement['text']}")
    except SaidgraphError as error:
        print(f"saidgraph refused: {error}", file=sys.stderr)
        sys.exit(1)
