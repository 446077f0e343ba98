#!/usr/bin/env bash
# Private PostgreSQL, RabbitMQ and Redis instances on loopback, for tests and local runs.
# Sourced by scripts/test.sh (and by the benchmarks). Every instance gets its own data directory
# and free ports; stop_services stops only what start_services started, by pid.

set -euo pipefail

RAMPART_SERVICES_DIR=""
_rampart_pg_data=""
_rampart_rabbit_pid=""
_rampart_rabbit_node=""
_rampart_redis_pid=""

log() { printf '[services] %s\n' "$*" >&2; }

free_port() {
  python3 - <<'PY' 2>/dev/null || shuf -i 20000-60000 -n 1
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

pg_bindir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

ensure_packages() {
  local missing=()
  pg_bindir >/dev/null || missing+=(postgresql)
  command -v rabbitmq-server >/dev/null || [ -x /usr/sbin/rabbitmq-server ] || missing+=(rabbitmq-server)
  command -v redis-server >/dev/null || missing+=(redis-server)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    log "missing: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}"
    return 1
  fi
  log "installing ${missing[*]} from Debian packages"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  local bindir port
  bindir=$(pg_bindir)
  port=$(free_port)
  _rampart_pg_data="$RAMPART_SERVICES_DIR/postgres"
  mkdir -p "$_rampart_pg_data"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$RAMPART_SERVICES_DIR" "$_rampart_pg_data"
  as_postgres "$bindir/initdb" -D "$_rampart_pg_data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # Tuned for throw-away test data: no durability, room for many parallel test databases.
  as_postgres "$bindir/pg_ctl" -D "$_rampart_pg_data" -l "$_rampart_pg_data/log" -w -t 60 start \
    -o "-p $port -k $_rampart_pg_data -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null
  export RAMPART_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres;Database=postgres"
  export RAMPART_TEST_PG_BINDIR="$bindir"
  log "PostgreSQL on 127.0.0.1:$port"
}

start_rabbitmq() {
  local port dist base
  port=$(free_port)
  dist=$(free_port)
  base="$RAMPART_SERVICES_DIR/rabbitmq"
  mkdir -p "$base/mnesia" "$base/log"
  _rampart_rabbit_node="rampart-$$@localhost"
  [ -f "$HOME/.erlang.cookie" ] || { head -c 20 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$HOME/.erlang.cookie"; chmod 400 "$HOME/.erlang.cookie"; }
  printf 'loopback_users = none\nlisteners.tcp.1 = 127.0.0.1:%s\n' "$port" > "$base/rabbitmq.conf"
  : > "$base/enabled_plugins"
  # Debian's wrapper runs the node as the rabbitmq user.
  id rabbitmq >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && chown -R rabbitmq:rabbitmq "$base"
  env RABBITMQ_NODENAME="$_rampart_rabbit_node" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT="$port" \
      RABBITMQ_DIST_PORT="$dist" ERL_EPMD_ADDRESS=127.0.0.1 RABBITMQ_MNESIA_BASE="$base/mnesia" RABBITMQ_LOG_BASE="$base/log" \
      RABBITMQ_CONFIG_FILE="$base/rabbitmq" RABBITMQ_ENABLED_PLUGINS_FILE="$base/enabled_plugins" \
      RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" \
      rabbitmq-server > "$base/stdout.log" 2>&1 &
  _rampart_rabbit_pid=$!
  local waited=0
  until timeout 30 rabbitmqctl -n "$_rampart_rabbit_node" await_startup >/dev/null 2>&1; do
    waited=$((waited + 2))
    if [ $waited -ge 90 ] || ! kill -0 "$_rampart_rabbit_pid" 2>/dev/null; then break; fi
    sleep 2
  done
  if ! timeout 10 rabbitmqctl -n "$_rampart_rabbit_node" status >/dev/null 2>&1; then
    log "RabbitMQ did not start; its log follows"; tail -n 40 "$base/stdout.log" >&2 || true
    return 1
  fi
  # The wrapper script is not the node: remember the node's own pid to stop exactly it.
  _rampart_rabbit_pid=$(rabbitmqctl -n "$_rampart_rabbit_node" eval 'list_to_integer(os:getpid()).' 2>/dev/null | tr -dc '0-9')
  export RAMPART_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:$port/"
  export RAMPART_TEST_RABBITMQ_NODE="$_rampart_rabbit_node"
  log "RabbitMQ on 127.0.0.1:$port"
}

start_redis() {
  local port dir
  port=$(free_port)
  dir="$RAMPART_SERVICES_DIR/redis"
  mkdir -p "$dir"
  # Throw-away cache: no snapshots, no append-only file.
  redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$dir" --daemonize no \
    > "$dir/stdout.log" 2>&1 &
  _rampart_redis_pid=$!
  local waited=0
  until redis-cli -p "$port" ping 2>/dev/null | grep -q PONG; do
    waited=$((waited + 1))
    if [ $waited -ge 100 ] || ! kill -0 "$_rampart_redis_pid" 2>/dev/null; then
      log "Redis did not start; its log follows"; tail -n 40 "$dir/stdout.log" >&2 || true
      return 1
    fi
    sleep 0.1
  done
  export RAMPART_TEST_REDIS="127.0.0.1:$port"
  log "Redis on 127.0.0.1:$port"
}

start_services() {
  ensure_packages
  RAMPART_SERVICES_DIR=$(mktemp -d "${TMPDIR:-/tmp}/rampart-services.XXXXXX")
  chmod 755 "$RAMPART_SERVICES_DIR"
  start_postgres
  start_rabbitmq
  start_redis
}

stop_services() {
  set +e
  if [ -n "$_rampart_rabbit_node" ]; then
    timeout 30 rabbitmqctl -n "$_rampart_rabbit_node" stop >/dev/null 2>&1
    if [ -n "$_rampart_rabbit_pid" ]; then
      local i
      for i in $(seq 1 50); do kill -0 "$_rampart_rabbit_pid" 2>/dev/null || break; sleep 0.2; done
      kill -0 "$_rampart_rabbit_pid" 2>/dev/null && kill -9 "$_rampart_rabbit_pid" 2>/dev/null
    fi
    # epmd starts with the first node; end it only when no other node still uses it.
    if command -v epmd >/dev/null && ! epmd -names 2>/dev/null | grep -q '^name '; then epmd -kill >/dev/null 2>&1; fi
  fi
  if [ -n "$_rampart_redis_pid" ]; then
    kill "$_rampart_redis_pid" 2>/dev/null
    local j
    for j in $(seq 1 50); do kill -0 "$_rampart_redis_pid" 2>/dev/null || break; sleep 0.1; done
  fi
  if [ -n "$_rampart_pg_data" ] && [ -f "$_rampart_pg_data/postmaster.pid" ]; then
    as_postgres "$(pg_bindir)/pg_ctl" -D "$_rampart_pg_data" stop -m fast -w >/dev/null 2>&1
  fi
  [ -n "$RAMPART_SERVICES_DIR" ] && rm -rf "$RAMPART_SERVICES_DIR"
  set -e
}
