#!/usr/bin/env python3
"""Readies both services for the load run and writes what the wrk scripts read.

Gets the admin's token, registers customers and gets theirs, obtains a deep-page cursor from each service's own API
(starting from a cursor built in the service's format for a row ~1,100 from the oldest, then following nextCursor
once, so the cursor measured is one the service issued), and checks every scenario once on both services so a
misconfiguration fails here instead of as a table of errors.

Usage: prepare.py <data-dir> <shop-url> <baseline-url> <start-id> <pagination-key-base64> <admin-email> <admin-password> <pattern>
"""
import base64
import hashlib
import hmac
import json
import sys
import urllib.error
import urllib.request
import uuid

data, shop, baseline, start_id, key, admin_email, admin_password, pattern = sys.argv[1:9]
CUSTOMERS = 4


def call(method, url, body=None, token=None, key=None, expect=(200,)):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    if key:
        headers["Idempotency-Key"] = key
    payload = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=payload, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, text = response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        status, text = error.code, error.read().decode()
    if status not in expect:
        sys.exit(f"prepare: {method} {url} answered {status}, expected {expect}: {text[:500]}")
    return json.loads(text) if text else None


def b64url(raw):
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def shop_cursor(row_id):
    # The Shop's cursor with an HMAC signing key: base64url(JSON payload) "." base64url(HMAC-SHA256(payload)).
    payload = json.dumps({"s": "id:desc", "k": None, "i": row_id}, separators=(",", ":")).encode()
    return b64url(payload) + "." + b64url(hmac.new(base64.b64decode(key), payload, hashlib.sha256).digest())


def baseline_cursor(row_id):
    return b64url(uuid.UUID(row_id).bytes)


def shop_start_cursor(row_id):
    # The clean Shop pages with its own cursor, the last id seen (ADR 0141): the baseline's format.
    return baseline_cursor(row_id) if pattern == "clean" else shop_cursor(row_id)


def deep_cursor(base, start):
    page = call("GET", f"{base}/api/v1/products?limit=100&cursor={start}")
    cursor = page["meta"]["nextCursor"]
    if len(page["data"]) != 100 or not cursor:
        sys.exit(f"prepare: {base} gave no full page before the deep one")
    deep = call("GET", f"{base}/api/v1/products?limit=20&cursor={cursor}")
    if len(deep["data"]) != 20:
        sys.exit(f"prepare: {base}'s deep page has {len(deep['data'])} rows, expected 20")
    return cursor


def write(name, lines):
    with open(f"{data}/{name}", "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


admin = call("POST", f"{shop}/api/v1/auth/token", {"email": admin_email, "password": admin_password})["data"]["accessToken"]
tokens = []
for n in range(CUSTOMERS):
    email = f"load-customer-{n}@bench.test"
    password = f"Quiet-river-7421-{n}!"
    call("POST", f"{shop}/api/v1/auth/register", {"email": email, "password": password}, expect=(201,))
    tokens.append(call("POST", f"{shop}/api/v1/auth/token", {"email": email, "password": password})["data"]["accessToken"])
write("admin-token.txt", [admin])
write("customer-tokens.txt", tokens)
write("shop-cursor.txt", [deep_cursor(shop, shop_start_cursor(start_id))])
write("baseline-cursor.txt", [deep_cursor(baseline, baseline_cursor(start_id))])

with open(f"{data}/ids.txt", encoding="utf-8") as f:
    some = [line.strip() for line in f if line.strip()][:3]
for name, base in (("shop", shop), ("baseline", baseline)):
    call("GET", f"{base}/api/v1/products/{some[0]}")
    first = call("GET", f"{base}/api/v1/products?limit=20")
    if len(first["data"]) != 20:
        sys.exit(f"prepare: {name}'s first page has {len(first['data'])} rows")
    call("POST", f"{base}/api/v1/products", {"sku": f"PREPARE-{name.upper()}", "name": "Prepare", "price": 1.5, "stock": 10},
         token=admin, key=f"prepare-product-{name}", expect=(201,))
    call("POST", f"{base}/api/v1/orders", {"items": [{"productId": some[1], "quantity": 1}, {"productId": some[2], "quantity": 2}]},
         token=tokens[0], key=f"prepare-order-{name}", expect=(201,))
print(f"prepare: {CUSTOMERS} customers, cursors and every scenario checked on both services")
