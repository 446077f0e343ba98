-- GET /api/v1/products/{id} over a hot set: the first 1,000 of the random seeded ids, so that after the warm-up every
-- read the Shop caches is a cache hit (the baseline does not cache: the ratio is what the cache buys).
local bench = dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local all = bench.lines("ids.txt")
local ids = {}
for i = 1, math.min(1000, #all) do ids[i] = all[i] end
setup = bench.setup
done = bench.done
function init() bench.init() end
function request()
  return wrk.format("GET", "/api/v1/products/" .. ids[math.random(#ids)])
end
