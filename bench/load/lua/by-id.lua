-- GET /api/v1/products/{id} with a random seeded id per request.
local bench = dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local ids = bench.lines("ids.txt")
setup = bench.setup
done = bench.done
function init() bench.init() end
function request()
  return wrk.format("GET", "/api/v1/products/" .. ids[math.random(#ids)])
end
