-- POSTs deterministic turns to the conversations named on the command line (after --), each thread
-- walking its own share of them, so 32 connections talk in 32 conversations.
dofile("benchmarks/wrk/report.lua")

local messages = {
  "what time is it?", "show my todos", "good morning Piper", "what reminders do I have?",
  "what can you do?", "show my projects",
}
local threads = 0

function setup(thread)
  thread:set("offset", threads)
  threads = threads + 1
end

function init(args)
  conversations = {}
  for id in string.gmatch(args[1] or "", "[^,]+") do table.insert(conversations, id) end
  sent = 0
end

function request()
  sent = sent + 1
  local id = conversations[((offset * 97 + sent) % #conversations) + 1]
  local text = messages[(sent % #messages) + 1]
  return wrk.format("POST", "/api/v1/conversations/" .. id .. "/turns",
    { ["Content-Type"] = "application/json" }, '{"text":"' .. text .. '"}')
end
