-- The polls request mix for wrk: each thread loads a voting form until it has the CSRF cookie and
-- token, then sends index, detail, results and a vote, in turn, over every question ("votes"), or
-- index, detail and results only ("read"). Like a browser, it sends the cookie with every request.
-- Arguments (after wrk's "--"): the number of questions, of choices per question, and the mix.

local threads = {}
local next_id = 0

function setup(thread)                  -- runs once per thread, in wrk's main Lua state
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)                     -- each thread has its own Lua state, so these are per thread
  questions = tonumber(args[1])
  choices = tonumber(args[2])
  cycle = (args[3] == "read") and 3 or 4  -- the read-only mix leaves out the vote
  n = 0
  votes = 0                             -- votes answered with the redirect to the results (302)
  token = nil
  cookie = nil
end

local function encode(text)
  return (text:gsub("[^%w%-_.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  if token == nil then                  -- every connection asks for the form until one answer has the token
    return wrk.format("GET", "/polls/" .. (id * 7 % questions + 1) .. "/")
  end
  local k = n
  n = n + 1
  local question = (id * 7 + math.floor(k / cycle)) % questions + 1
  local step = k % cycle
  local sent = {}
  if cookie then sent["Cookie"] = cookie end
  if step == 0 then return wrk.format("GET", "/polls/", sent) end
  if step == 1 then return wrk.format("GET", "/polls/" .. question .. "/", sent) end
  if step == 2 then return wrk.format("GET", "/polls/" .. question .. "/results/", sent) end
  local choice = (question - 1) * choices + math.floor(k / cycle) % choices + 1
  local headers = { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = cookie }
  return wrk.format("POST", "/polls/" .. question .. "/vote/", headers,
    "choice=" .. choice .. "&csrfmiddlewaretoken=" .. encode(token))
end

function response(status, headers, body)
  if status == 302 then
    votes = votes + 1                   -- only a vote is answered with a redirect
  elseif token == nil and status == 200 then
    local field = body:match('name="csrfmiddlewaretoken" value="([^"]+)"')
    if field then
      for name, value in pairs(headers) do
        if name:lower() == "set-cookie" then cookie = value:match("^(csrftoken=[^;]+)") end
      end
      token = field                     -- the raw servlet's cookie is a placeholder: it checks nothing
    end
  end
end

function done(summary, latency, requests)
  local sent = 0
  for _, thread in ipairs(threads) do sent = sent + thread:get("votes") end
  local e = summary.errors              -- status counts answers of 400 and above
  io.write(string.format("mtvkit-wrk requests=%d errors=%d connect=%d read=%d write=%d status=%d timeout=%d"
    .. " votes=%d micros=%d p50=%d p99=%d\n",
    summary.requests, e.connect + e.read + e.write + e.status + e.timeout, e.connect, e.read, e.write,
    e.status, e.timeout, sent, summary.duration, latency:percentile(50), latency:percentile(99)))
end
