-- POST /api/v1/orders as one of the customers (round robin), a unique Idempotency-Key per request, 1–3 distinct
-- random seeded products of 1–3 units each.
local bench = dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local ids = bench.lines("ids.txt")
local tokens = bench.lines("customer-tokens.txt")
local counter = 0
setup = bench.setup
done = bench.done
function init() bench.init() end
function request()
  counter = counter + 1
  local count = math.random(1, 3)
  local picked, items = {}, {}
  while #items < count do
    local id = ids[math.random(#ids)]
    if not picked[id] then
      picked[id] = true
      items[#items + 1] = string.format('{"productId":"%s","quantity":%d}', id, math.random(1, 3))
    end
  end
  return wrk.format("POST", "/api/v1/orders", {
    ["Authorization"] = "Bearer " .. tokens[(counter % #tokens) + 1],
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = string.format("o-%s-%d-%d", bench.run, tid, counter),
  }, '{"items":[' .. table.concat(items, ",") .. ']}')
end
