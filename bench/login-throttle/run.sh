#!/usr/bin/env bash
# Where should login throttling count: PostgreSQL (today) or Redis? Measures, on the servers of the test environment,
# what one login attempt costs in each store against what the password check itself costs:
#   - PostgreSQL: the throttle's three statements (lock check, failure upsert, clear on success) through pgbench,
#     one client on distinct keys, then eight clients hammering one key (an attacker's IP counter);
#   - Redis: the same failure count as one Lua script (INCR + PEXPIRE) and the lock check (GET) through redis-benchmark;
#   - the password check: PBKDF2-HMAC-SHA512 at the identity block's default 210,000 iterations (OpenSSL, as .NET on
#     Linux), the work every login attempt does whichever store counts it.
# Uses RAMPART_TEST_POSTGRES and RAMPART_TEST_REDIS (source .rampart/services.env after scripts/services.sh).
# Usage: bench/login-throttle/run.sh [seconds per PostgreSQL run, default 10]
set -euo pipefail
seconds="${1:-10}"
conn="${RAMPART_TEST_POSTGRES:?set RAMPART_TEST_POSTGRES (start scripts/services.sh and source .rampart/services.env)}"
redis="${RAMPART_TEST_REDIS:?set RAMPART_TEST_REDIS}"
bindir="${RAMPART_TEST_PG_BINDIR:-$(pg_config --bindir)}"
field() { tr ';' '\n' <<<"$conn" | sed -n "s/^$1=//Ip" | head -n1; }
export PGHOST="$(field Host)" PGPORT="$(field Port)" PGUSER="$(field Username)" PGPASSWORD="$(field Password)"
db="bench_login_throttle_$$"
work="$(mktemp -d)"
psql() { "$bindir/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
trap 'psql -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null; rm -rf "$work"' EXIT
psql -d postgres -c "CREATE DATABASE $db" >/dev/null
# The table as the identity block maps it (IdentityModelBuilderExtensions).
psql -d "$db" -c "CREATE TABLE login_throttles (key text PRIMARY KEY, failures integer NOT NULL, last_failure_at timestamptz NOT NULL, locked_until timestamptz)" >/dev/null

cat >"$work/failure.sql" <<'SQL'
\set n random(1, 1000000)
SELECT max(locked_until) FROM login_throttles WHERE key IN (md5('account' || :n), md5('ip' || :n)) AND locked_until > now();
INSERT INTO login_throttles AS t (key, failures, last_failure_at, locked_until) VALUES (md5('account' || :n), 1, now(), NULL)
ON CONFLICT (key) DO UPDATE SET
  failures = CASE WHEN t.last_failure_at < now() - interval '1 hour' THEN 1 ELSE t.failures + 1 END,
  locked_until = CASE WHEN t.last_failure_at < now() - interval '1 hour' THEN NULL ELSE t.locked_until END,
  last_failure_at = EXCLUDED.last_failure_at
RETURNING failures;
SQL
cat >"$work/hot.sql" <<'SQL'
INSERT INTO login_throttles AS t (key, failures, last_failure_at, locked_until) VALUES (md5('ip:203.0.113.7'), 1, now(), NULL)
ON CONFLICT (key) DO UPDATE SET failures = t.failures + 1, last_failure_at = EXCLUDED.last_failure_at
RETURNING failures;
SQL
cat >"$work/success.sql" <<'SQL'
\set n random(1, 1000000)
SELECT max(locked_until) FROM login_throttles WHERE key IN (md5('account' || :n), md5('ip' || :n)) AND locked_until > now();
DELETE FROM login_throttles WHERE key IN (md5('account' || :n), md5('ip' || :n));
SQL

pgbench_ms() { # script, clients: the average latency per transaction in ms
  "$bindir/pgbench" -n -f "$1" -c "$2" -j "$2" -T "$seconds" "$db" 2>/dev/null | sed -n 's/^latency average = \([0-9.]*\) ms/\1/p'
}
redis_ms() { # redis-benchmark arguments: the average latency per call in ms, one client
  local host="${redis%:*}" port="${redis##*:}"
  redis-benchmark -h "$host" -p "$port" -c 1 -n 20000 -q --csv "$@" 2>/dev/null | tail -n1 | awk -F'","' '{gsub(/"/, "", $3); print $3}'
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
failure_pg=$(pgbench_ms "$work/failure.sql" 1)
success_pg=$(pgbench_ms "$work/success.sql" 1)
hot_pg=$(pgbench_ms "$work/hot.sql" 8)
failure_redis=$(redis_ms EVAL "local n = redis.call('INCR', KEYS[1]) if n == 1 then redis.call('PEXPIRE', KEYS[1], 3600000) end return n" 1 "bench:throttle:__rand_int__")
check_redis=$(redis_ms GET "bench:throttle:lock:__rand_int__")
hash_ms=$(python3 -c '
import hashlib, os, time
salt, best = os.urandom(16), None
for _ in range(5):
    started = time.perf_counter()
    hashlib.pbkdf2_hmac("sha512", b"correct horse battery staple", salt, 210000, 32)
    elapsed = (time.perf_counter() - started) * 1000
    best = elapsed if best is None or elapsed < best else best
print(f"{best:.1f}")')
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
redis-cli -h "${redis%:*}" -p "${redis##*:}" --scan --pattern 'bench:throttle:*' | xargs -r -n 500 redis-cli -h "${redis%:*}" -p "${redis##*:}" DEL >/dev/null

echo "$(date -u +%Y-%m-%d) · $(nproc) cores · load average ${load_before} before, ${load_after} after · PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') · $(redis-server --version | awk '{print $1, $3}')"
echo
echo "| per login attempt | PostgreSQL | Redis |"
echo "|---|---|---|"
echo "| failed attempt: lock check + count (1 client) | ${failure_pg} ms | $(awk "BEGIN{printf \"%.3f\", $failure_redis + $check_redis}") ms (GET + Lua INCR/PEXPIRE) |"
echo "| successful attempt: lock check + clear (1 client) | ${success_pg} ms | — |"
echo "| one hot key, 8 clients at once | ${hot_pg} ms | — |"
echo "| password check (PBKDF2-HMAC-SHA512, 210,000 iterations, best of 5) | ${hash_ms} ms | ${hash_ms} ms |"
