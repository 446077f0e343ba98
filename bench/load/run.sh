#!/usr/bin/env bash
# The load benchmark: the generated Shop (Release, Production settings) beside a bare baseline on the same database,
# measured with wrk for five scenarios, alternating, and the table appended to bench/README.md ("## Load").
# Usage: bench/load/run.sh
# Knobs (environment): PATTERN=modular-monolith (the pattern of the generated Shop: any shipped template), WARMUP=10 DURATION=30 (seconds per wrk run), ROUNDS=1 (shop/baseline pairs per scenario),
#   THREADS=2 CONNECTIONS=32, PRODUCTS=200000, SCENARIOS="by-id hot-by-id first-page deep-page create-product place-order",
#   CACHE=memory|redis (the Shop's --cache: redis starts a private redis-server and points the Shop at it),
#   QUICK=1 (3 s warm-up, 5 s runs, 20,000 products, no README append), BENCH_APPEND=1|0 (default 1, 0 with QUICK=1),
#   SHOP_SETTINGS="Name=value …" (extra configuration for the Shop, e.g. to try a change without editing it),
#   DATABASE_OPTIONS="Keyword=value;…" (Npgsql connection-string options for both the Shop and the baseline: data source
#   tuning is applied to both sides or neither; default "Max Auto Prepare=32;Auto Prepare Min Usages=2;No Reset On Close=true"
#   as ADR 0181 recommends for deployments, DATABASE_OPTIONS= for Npgsql's defaults),
#   KEEP=1 (keep the work folder with the generated Shop),
#   HOLD=1 (start and prepare everything, print the addresses, then wait for Ctrl-C: for profiling by hand).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
here="$repo/bench/load"
cd "$repo"

if [[ "${QUICK:-0}" == 1 ]]; then
  : "${WARMUP:=3}" "${DURATION:=5}" "${PRODUCTS:=20000}" "${BENCH_APPEND:=0}"
fi
WARMUP="${WARMUP:-10}"
DURATION="${DURATION:-30}"
ROUNDS="${ROUNDS:-1}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
PRODUCTS="${PRODUCTS:-200000}"
BENCH_APPEND="${BENCH_APPEND:-1}"
SCENARIOS="${SCENARIOS:-by-id hot-by-id first-page deep-page create-product place-order}"
PATTERN="${PATTERN:-modular-monolith}"
DATABASE_OPTIONS="${DATABASE_OPTIONS-Max Auto Prepare=32;Auto Prepare Min Usages=2;No Reset On Close=true}"
CACHE="${CACHE:-memory}"
read -ra shop_settings <<<"${SHOP_SETTINGS:-}"

# shellcheck source=../../scripts/lib/services.sh
source "$repo/scripts/lib/services.sh"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
results="$here/results/$stamp"
mkdir -p "$results"
work="$(mktemp -d "${TMPDIR:-/tmp}/rampart-load.XXXXXX")"
shop_pid=""
baseline_pid=""

cleanup() {
  local code=$?
  set +e
  for pid in $shop_pid $baseline_pid; do
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
    fi
  done
  stop_services
  if [[ "${KEEP:-0}" == 1 ]]; then echo "[load] kept $work" >&2; else rm -rf "$work"; fi
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say() { printf '[load] %s\n' "$*" >&2; }

# PostgreSQL and wrk from Debian packages when missing (RabbitMQ is not needed: the Shop relays in-process).
missing=()
pg_bindir >/dev/null || missing+=(postgresql)
command -v wrk >/dev/null || missing+=(wrk)
if [[ ${#missing[@]} -gt 0 ]]; then
  [[ "$(id -u)" == 0 ]] || { say "missing: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}"; exit 1; }
  say "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

say "building the rampart CLI, the Shop and the baseline (Release)"
dotnet build src/Rampart.Cli -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
dotnet "$repo/src/Rampart.Cli/bin/Release/net10.0/rampart.dll" new Shop --pattern "$PATTERN" --example shop --cache "$CACHE" --output "$work/Shop" >/dev/null
# The host project is wherever the pattern puts it: rampart.json says.
host_project="$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["host"])' "$work/Shop/rampart.json")"
host_assembly="$(basename "$host_project" .csproj).dll"
dotnet publish "$work/Shop/$host_project" -c Release -o "$work/shop-bin" -nologo -v quiet -clp:ErrorsOnly >/dev/null
dotnet publish "$here/Rampart.Bench.Baseline" -c Release -o "$work/baseline-bin" -nologo -v quiet -clp:ErrorsOnly >/dev/null

RAMPART_SERVICES_DIR="$work/services"
mkdir -p "$RAMPART_SERVICES_DIR"
chmod 755 "$work" "$RAMPART_SERVICES_DIR"
start_postgres
cache_settings=()
if [[ "$CACHE" == redis ]]; then
  command -v redis-server >/dev/null || { say "CACHE=redis needs redis-server: sudo apt-get install -y redis-server"; exit 1; }
  start_redis
  cache_settings=(ConnectionStrings__Redis="$RAMPART_TEST_REDIS")
fi
pg_port="$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$RAMPART_TEST_POSTGRES")"
psql_() { "$RAMPART_TEST_PG_BINDIR/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_ -d postgres -c "CREATE DATABASE shop"
connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=postgres;Database=shop${DATABASE_OPTIONS:+;$DATABASE_OPTIONS}"

wait_ready() { # url pid log
  for _ in $(seq 1 300); do
    kill -0 "$2" 2>/dev/null || { say "the service exited during start-up; its log follows"; tail -n 40 "$3" >&2; return 1; }
    curl -fsS -o /dev/null "$1/health/ready" 2>/dev/null && return 0
    sleep 0.2
  done
  say "$1 was not ready within 60 s"; return 1
}

admin_email="admin@bench.test"
admin_password="Load-owner-passphrase-42!"
pagination_key="$(head -c 32 /dev/urandom | base64 -w0)"
signing_key="$(openssl ecparam -name prime256v1 -genkey -noout 2>/dev/null | openssl pkcs8 -topk8 -nocrypt)"
shop_port="$(free_port)"
shop_url="http://127.0.0.1:$shop_port"
limit=100000000
say "starting the Shop on $shop_url (Production, JSON logs at Information to $results/shop.log)"
(
  cd "$work/shop-bin"
  exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$shop_url" \
    ConnectionStrings__Database="$connection" Rampart__Migrations__ApplyOnStartup=true \
    Identity__AdminEmail="$admin_email" Identity__AdminPassword="$admin_password" \
    Identity__SigningKeys__0__PrivateKeyPem="$signing_key" Identity__AccessTokenLifetime=12:00:00 \
    Rampart__Pagination__SigningKey="$pagination_key" \
    Logging__LogLevel__Default=Information \
    Rampart__RateLimiting__Anonymous__PermitLimit=$limit Rampart__RateLimiting__Authenticated__PermitLimit=$limit \
    Rampart__RateLimiting__Roles__admin__PermitLimit=$limit \
    "${cache_settings[@]}" "${shop_settings[@]}" dotnet "$host_assembly"
) >"$results/shop.log" 2>&1 &
shop_pid=$!
wait_ready "$shop_url" "$shop_pid" "$results/shop.log"

# The products table is in the catalog's schema, whichever the pattern chose (catalog, or the service's one schema).
products="$(psql_ -d shop -c "SELECT quote_ident(table_schema) || '.products' FROM information_schema.tables WHERE table_name = 'products' LIMIT 1")"
[[ -n "$products" ]] || { say "the $PATTERN Shop has no products table after its migrations"; exit 1; }
say "seeding $PRODUCTS products into $products (UUIDv7 ids in creation order) and analysing"
psql_ -d shop <<SQL
-- UUIDv7: 48-bit Unix milliseconds, version 7, 12 random bits, variant 10, 62 random bits; one row per 100 ms, oldest first.
INSERT INTO $products (id, sku, name, price, stock, reserved, version, created_at, updated_at)
SELECT (lpad(to_hex((extract(epoch FROM t) * 1000)::bigint), 12, '0')
        || '7' || substr(md5(i::text), 1, 3) || to_hex(8 + (i % 4)) || substr(md5(i::text), 4, 15))::uuid,
       'SEED-' || lpad(i::text, 7, '0'), 'Seeded product ' || i, round((1 + random() * 499)::numeric, 2),
       1000000000, 0, 1, t, t
FROM generate_series(1, $PRODUCTS) AS i,
     LATERAL (SELECT date_trunc('milliseconds', now()) - ($PRODUCTS - i) * interval '100 milliseconds' AS t) AS ts;
VACUUM (ANALYZE) $products;
SQL
psql_ -d shop -c "COPY (SELECT id FROM $products ORDER BY random() LIMIT 20000) TO STDOUT" >"$work/ids.txt"
deep_start="$(psql_ -d shop -c "SELECT id FROM $products ORDER BY id OFFSET 1100 LIMIT 1")"
# The baseline names its tables unqualified: the schemas the Shop keeps them in go on its search path.
search_path="$(psql_ -d shop -c "SELECT string_agg(DISTINCT table_schema, ',') FROM information_schema.tables WHERE table_name IN ('products', 'orders', 'order_items')")"

baseline_port="$(free_port)"
baseline_url="http://127.0.0.1:$baseline_port"
say "starting the baseline on $baseline_url"
(
  cd "$work/baseline-bin"
  exec env ASPNETCORE_URLS="$baseline_url" ConnectionStrings__Database="$connection;Search Path=$search_path" dotnet Rampart.Bench.Baseline.dll
) >"$results/baseline.log" 2>&1 &
baseline_pid=$!
wait_ready "$baseline_url" "$baseline_pid" "$results/baseline.log"

python3 "$here/prepare.py" "$work" "$shop_url" "$baseline_url" "$deep_start" "$pagination_key" "$admin_email" "$admin_password" "$PATTERN"

if [[ "${HOLD:-0}" == 1 ]]; then
  say "holding: Shop $shop_url (pid $shop_pid), baseline $baseline_url (pid $baseline_pid), data and tokens in $work, Shop log $results/shop.log"
  say "e.g. BENCH_DATA=$work BENCH_LUA=$here/lua BENCH_TARGET=shop wrk -t2 -c32 -d30s -s $here/lua/by-id.lua $shop_url"
  say "Ctrl-C stops everything"
  while kill -0 "$shop_pid" 2>/dev/null; do sleep 1; done
  exit 1
fi

rss() { awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/status"; }
# The process's CPU time so far in microseconds (user + system, all threads): per request, the figure other load on
# the machine barely moves, unlike requests/s. Fields 14 and 15 of /proc/<pid>/stat, counted after the ")" of the name.
ticks_per_second="$(getconf CLK_TCK)"
cpu_us() { awk -v hz="$ticks_per_second" '{ sub(/^.*\) /, ""); printf "%.0f", ($12 + $13) * 1000000 / hz }' "/proc/$1/stat"; }
# PostgreSQL's CPU time so far: the postmaster with its exited children, plus every live backend (pooled connections
# live through a run). Only one service is under load at a time, so a run's difference is that service's database work.
postmaster="$(awk '{ sub(/^.*\) /, ""); print $2 }' "/proc/$(psql_ -d shop -c "SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'")/stat")"
pg_cpu_us() {
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v hz="$ticks_per_second" -v parent="$postmaster" '{ pid = $1; sub(/^.*\) /, "") }
    pid == parent { total += $12 + $13 + $14 + $15; next } $2 == parent { total += $12 + $13 }
    END { printf "%.0f", total * 1000000 / hz }'
}
measure() { # scenario target round
  local scenario=$1 target=$2 round=$3 url pid out
  if [[ $target == shop ]]; then url=$shop_url; pid=$shop_pid; else url=$baseline_url; pid=$baseline_pid; fi
  out="$results/$scenario-$target-r$round.txt"
  for phase in warmup measured; do
    local seconds=$DURATION
    [[ $phase == warmup ]] && seconds=$WARMUP
    [[ $seconds -gt 0 ]] || continue
    [[ $phase == measured ]] && cpu_before="$(cpu_us "$pid")" pg_before="$(pg_cpu_us)"
    BENCH_DATA="$work" BENCH_LUA="$here/lua" BENCH_TARGET="$target" BENCH_RUN="${round}${phase:0:1}${target:0:1}$RANDOM" \
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s -s "$here/lua/$scenario.lua" "$url" >"$out.$phase" 2>&1
  done
  kill -0 "$pid" 2>/dev/null || { say "$target died during $scenario"; exit 1; }
  local cpu=$(( $(cpu_us "$pid") - cpu_before )) pg_cpu=$(( $(pg_cpu_us) - pg_before ))
  mv "$out.measured" "$out"
  local line
  line="$(grep '^BENCH ' "$out")"
  printf '%s\t%s\t%s\t%s rss_kb=%s\n' "$scenario" "$target" "$round" "${line#BENCH } connections=$CONNECTIONS cpu_us=$cpu pg_cpu_us=$pg_cpu" "$(rss "$pid" VmRSS)" >>"$results/measurements.tsv"
  say "$scenario $target round $round: $(sed -E 's/.* rps=([0-9.]+) .* p50_us=([0-9]+) .* p99_us=([0-9]+) .* non2xx=([0-9]+) .*/\1 req\/s, p50 \2 us, p99 \3 us, non-2xx \4/' <<<"$line"), $(awk -v c="$cpu" -v n="$(sed -E 's/^requests=([0-9]+).*/\1/' <<<"${line#BENCH }")" 'BEGIN { printf "%.0f", c / (n > 0 ? n : 1) }') CPU us/request"
}

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
: >"$results/measurements.tsv"
for scenario in $SCENARIOS; do
  for round in $(seq 1 "$ROUNDS"); do
    # Alternate who goes first so drift on a shared machine does not favour one side.
    if (( round % 2 == 1 )); then order="shop baseline"; else order="baseline shop"; fi
    for target in $order; do measure "$scenario" "$target" "$round"; done
  done
done

for target in shop baseline; do
  pid=$shop_pid; [[ $target == baseline ]] && pid=$baseline_pid
  printf 'memory\t%s\tpeak_kb=%s end_kb=%s\n' "$target" "$(rss "$pid" VmHWM)" "$(rss "$pid" VmRSS)" >>"$results/measurements.tsv"
done

# What the Shop answered, from its own request log (wrk only counts >= 400), then the logs compressed: a full run
# writes about a gigabyte of JSON.
grep '"EventId":1201,' "$results/shop.log" | grep -o '"StatusCode":[0-9]*' | sort | uniq -c >"$results/shop-statuses.txt" || true
gzip -1 "$results/shop.log" "$results/baseline.log"

environment="$(date -u +%Y-%m-%d\ %H:%M) UTC · rampart $(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD -- src templates || echo '+changes') · .NET SDK $(dotnet --version) · $("$RAMPART_TEST_PG_BINDIR/postgres" --version | sed 's/postgres (PostgreSQL) /PostgreSQL /') · $(wrk -v 2>&1 | head -n1 | cut -d' ' -f1-2) · $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -sr) · load average $load_start → $(cut -d' ' -f1-3 /proc/loadavg)"
settings="pattern $PATTERN · cache $CACHE · ${SHOP_SETTINGS:+Shop settings added: $SHOP_SETTINGS · }${DATABASE_OPTIONS:+database options (both sides): $DATABASE_OPTIONS · }wrk $THREADS threads, $CONNECTIONS connections, ${WARMUP} s warm-up + ${DURATION} s measured × $ROUNDS round(s) per service and scenario, $PRODUCTS seeded products"
python3 "$here/report.py" "$results/measurements.tsv" "$environment" "$settings" >"$results/table.md"
cat "$results/table.md"
if [[ "$BENCH_APPEND" == 1 ]]; then
  python3 "$here/report.py" --append "$repo/bench/README.md" "$results/table.md"
  say "appended to bench/README.md (## Load); raw wrk output in ${results#"$repo/"}"
else
  say "not appended (QUICK=1 or BENCH_APPEND=0); raw wrk output and table.md in ${results#"$repo/"}"
fi
