-- Shared by the scenario scripts (loaded with dofile). run.sh passes:
--   BENCH_DATA   folder with ids.txt, admin-token.txt, customer-tokens.txt, <target>-cursor.txt
--   BENCH_TARGET shop | baseline
--   BENCH_RUN    a tag unique to this wrk run (keeps skus and idempotency keys unique across runs)
local bench = {}
bench.data = os.getenv("BENCH_DATA")
bench.target = os.getenv("BENCH_TARGET")
bench.run = string.upper(os.getenv("BENCH_RUN") or tostring(os.time()))

function bench.lines(name)
  local out = {}
  for line in io.lines(bench.data .. "/" .. name) do
    if #line > 0 then out[#out + 1] = line end
  end
  return out
end

function bench.first(name)
  return bench.lines(name)[1]
end

-- Each wrk thread gets a number in setup (main state) and seeds its own random generator in init.
local threads = 0
function bench.setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function bench.init()
  math.randomseed(os.time() * 1000 + (tid or 0) * 7919)
end

-- One machine-readable line (the harness parses it), then a human one.
function bench.done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d seconds=%.3f rps=%.1f mean_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, seconds, summary.requests / seconds, latency.mean, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, e.status, e.connect, e.read, e.write, e.timeout))
end

return bench
