-- wrk script for bench/soak.sh: every request picks the next of a mix of feeds, API queries and
-- conditional requests (If-None-Match with ETags soak.sh read just before the run, for windows the
-- backfill has already passed), and counts the answers by status, all threads together.
-- The mix is in the environment: SOAK_PATHS, one "path<TAB>etag-or-dash" per line.

local requests = {}
-- globals: done() reads them from each thread (thread:get copies numbers, not tables)
ok200, ok304, other = 0, 0, 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for line in string.gmatch(os.getenv("SOAK_PATHS") or "", "[^\n]+") do
    local path, etag = line:match("^(%S+)\t(%S+)$")
    local headers = {}
    if etag ~= "-" then headers["If-None-Match"] = etag end
    table.insert(requests, wrk.format("GET", path, headers))
  end
  assert(#requests > 0, "SOAK_PATHS is empty")
  i = math.random(#requests)
end

function request()
  i = i % #requests + 1
  return requests[i]
end

function response(status, headers, body)
  if status == 200 then ok200 = ok200 + 1
  elseif status == 304 then ok304 = ok304 + 1
  else other = other + 1 end
end

function done(summary, latency, requests_)
  local a, b, c = 0, 0, 0
  for _, t in ipairs(threads) do
    a = a + t:get("ok200"); b = b + t:get("ok304"); c = c + t:get("other")
  end
  io.write(string.format("status 200: %d\nstatus 304: %d\nstatus other: %d\n", a, b, c))
end
