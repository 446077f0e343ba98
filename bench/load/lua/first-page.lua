-- GET /api/v1/products?limit=20: the newest page.
local bench = dofile(os.getenv("BENCH_LUA") .. "/common.lua")
wrk.method = "GET"
wrk.path = "/api/v1/products?limit=20"
setup = bench.setup
done = bench.done
