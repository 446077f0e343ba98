#!/usr/bin/env bash
# Compares OFFSET with keyset pagination on a table of 1,000,000 products: the first page and a page 900,000 rows deep.
# Uses the PostgreSQL server in RAMPART_TEST_POSTGRES (as set by scripts/test.sh); creates and drops its own database.
# Usage: bench/pagination/run.sh [rows]
set -euo pipefail
rows="${1:-1000000}"
conn="${RAMPART_TEST_POSTGRES:?set RAMPART_TEST_POSTGRES (source the test environment first)}"
bindir="${RAMPART_TEST_PG_BINDIR:-$(pg_config --bindir)}"
field() { tr ';' '\n' <<<"$conn" | sed -n "s/^$1=//Ip" | head -n1; }
export PGHOST="$(field Host)" PGPORT="$(field Port)" PGUSER="$(field Username)" PGPASSWORD="$(field Password)"
db="bench_pagination_$$"
psql() { "$bindir/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
trap 'psql -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null' EXIT
psql -d postgres -c "CREATE DATABASE $db" >/dev/null

psql -d "$db" <<SQL >/dev/null
CREATE TABLE products (id uuid PRIMARY KEY, sku text NOT NULL, price numeric(12,2) NOT NULL, deleted_at timestamptz);
INSERT INTO products SELECT gen_random_uuid(), 'S-' || g, (g % 500) + 0.99, NULL FROM generate_series(1, $rows) g;
CREATE INDEX ix_products_price_id ON products (price, id);
VACUUM ANALYZE products;
SQL

deep=$((rows * 9 / 10))
last_id=$(psql -d "$db" -At -c "SELECT id FROM products ORDER BY id DESC OFFSET $deep LIMIT 1")
last_price=$(psql -d "$db" -At -c "SELECT price FROM products WHERE id = '$last_id'")

measure() { # name, query: prints the best execution time of 5 runs and the buffers of the last
  local name="$1" query="$2" best="" buffers=""
  for _ in 1 2 3 4 5; do
    local plan
    plan=$(psql -d "$db" -At -c "EXPLAIN (ANALYZE, BUFFERS) $query")
    local ms
    ms=$(sed -n 's/^Execution Time: \([0-9.]*\) ms/\1/p' <<<"$plan")
    buffers=$(grep -m1 -o 'shared hit=[0-9]*\( read=[0-9]*\)\?' <<<"$plan" || true)
    if [[ -z "$best" ]] || awk "BEGIN{exit !($ms < $best)}"; then best="$ms"; fi
  done
  printf '| %-34s | %10s ms | %-26s |\n' "$name" "$best" "$buffers"
}

echo "rows: $rows, deep page after $deep rows, limit 21"
echo "| query | best of 5 | buffers |"
echo "|---|---|---|"
measure "offset, first page" "SELECT * FROM products WHERE deleted_at IS NULL ORDER BY id DESC LIMIT 21"
measure "offset, deep page" "SELECT * FROM products WHERE deleted_at IS NULL ORDER BY id DESC OFFSET $deep LIMIT 21"
measure "keyset by id, deep page" "SELECT * FROM products WHERE deleted_at IS NULL AND id < '$last_id' ORDER BY id DESC LIMIT 21"
measure "keyset by (price, id), deep page" "SELECT * FROM products WHERE deleted_at IS NULL AND (price, id) > ($last_price, '$last_id') ORDER BY price, id LIMIT 21"
