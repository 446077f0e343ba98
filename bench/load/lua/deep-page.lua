-- GET /api/v1/products?limit=20&cursor=…: a page about a thousand rows from the oldest, with a cursor the service
-- itself issued (run.sh follows nextCursor to get it).
local bench = dofile(os.getenv("BENCH_LUA") .. "/common.lua")
wrk.method = "GET"
wrk.path = "/api/v1/products?limit=20&cursor=" .. bench.first(bench.target .. "-cursor.txt")
setup = bench.setup
done = bench.done
