#!/usr/bin/env bash
# Times the README's demo on a clean clone: clones this repository into a temporary folder, runs scripts/demo.sh in a
# tmux session (a real terminal), waits for the first HTTP 200 from the served Shop, then sends Ctrl-C and checks that
# every process the demo started is gone. Prints the phases with their elapsed seconds and the load average.
#   bench/demo/first-response.sh [<commit-ish>]     # default: HEAD; DEMO_LOG=<file> keeps the timed output, DEMO_CAPTURE=<file> the terminal once ready
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
rev="${1:-HEAD}"
work="$(mktemp -d)"
chmod 755 "$work"  # the postgres user (when root runs the demo) must enter it
session="rampart-demo-$$"
log="$work/screen.log"
cleanup() { [ -n "${DEMO_LOG:-}" ] && cp "$log" "$DEMO_LOG" 2>/dev/null; tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
git clone -q "$root" "$work/rampart"
git -C "$work/rampart" checkout -q "$rev"
start=$(date +%s.%N)
cat > "$work/run.sh" <<RUN
#!/usr/bin/env bash
cd '$work/rampart'
t0=\$EPOCHREALTIME
scripts/demo.sh 2>&1 | while IFS= read -r line; do printf '%6.1f %s\\n' "\$(echo "\$EPOCHREALTIME - \$t0" | bc)" "\$line"; done | tee '$log'
sleep 600
RUN
chmod +x "$work/run.sh"
tmux new-session -d -s "$session" -x 200 -y 50 "$work/run.sh"
api=""
deadline=$((SECONDS + 900))
while [ -z "$api" ] && [ $SECONDS -lt $deadline ]; do
  api="$(grep -aoE 'API +http://[0-9.:]+' "$log" 2>/dev/null | head -1 | awk '{print $2}')" || true
  sleep 0.2
done
[ -n "$api" ] || { echo "no API line within 15 minutes"; tail -30 "$log"; exit 1; }
until curl -fsS -o /dev/null "$api/health/ready"; do
  [ $SECONDS -lt $deadline ] || { echo "no 200 from $api"; exit 1; }
  sleep 0.2
done
ready=$(date +%s.%N)
sleep 1  # the last lines of the ready report reach the pane
[ -n "${DEMO_CAPTURE:-}" ] && tmux capture-pane -p -t "$session" > "$DEMO_CAPTURE"
printf 'first HTTP 200 after %.1f s (%s/health/ready)\n' "$(echo "$ready - $start" | bc)" "$api"
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
# The processes the demo runs, found from the tmux pane's process tree before Ctrl-C.
pane=$(tmux list-panes -t "$session" -F '#{pane_pid}')
tree() { local p=$1; echo "$p"; for c in $(pgrep -P "$p"); do tree "$c"; done; }
pids=$(tree "$pane" | sort -u)
pg=$(cat "$work"/rampart/.work/demo/Shop/.rampart/dev/postgres/postmaster.pid 2>/dev/null | head -1 || true)
tmux send-keys -t "$session" C-c
deadline=$((SECONDS + 60))
left=""
while [ $SECONDS -lt $deadline ]; do
  left=""
  for p in $pids $pg; do
    [ "$p" = "$pane" ] && continue
    if [ -d "/proc/$p" ] && ! grep -q '^State:.*Z' "/proc/$p/status" 2>/dev/null; then
      case "$(cat /proc/$p/comm 2>/dev/null)" in sleep|bash|tee) ;; *) left="$left $p";; esac
    fi
  done
  [ -z "$left" ] && break
  sleep 0.2
done
stopped=$(date +%s.%N)
if [ -n "$left" ]; then echo "still running after Ctrl-C:$left"; exit 1; fi
printf 'Ctrl-C stopped everything (postgres pid %s included) in %.1f s\n' "${pg:-?}" "$(echo "$stopped - $ready" | bc)"
echo "--- the demo's output (phases) ---"
grep -avE '^ *[0-9.]+ +app' "$log" | cut -c1-160 | head -60
