-- POST /api/v1/products as the admin, a unique sku and Idempotency-Key per request.
local bench = dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local token = bench.first("admin-token.txt")
local counter = 0
setup = bench.setup
done = bench.done
function init() bench.init() end
function request()
  counter = counter + 1
  local sku = string.format("L%s-%d-%d", bench.run, tid, counter)
  local body = string.format('{"sku":"%s","name":"Load product %d","price":%d.%02d,"stock":1000}',
    sku, counter, math.random(1, 500), math.random(0, 99))
  return wrk.format("POST", "/api/v1/products", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = "p-" .. sku,
  }, body)
end
