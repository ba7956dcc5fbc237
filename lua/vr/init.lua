-- vr: the Lua half of the vrtool library, as a plugin sees it.
--
-- The host runs this file once in each plugin's own Lua state, inside that
-- plugin's sandbox, and passes `host`: a few C functions that only this
-- library sees (load a sibling module from lua/vr/, tell a caller's file and
-- line). Everything here is pure Lua: no clock, no files, no network.
local host = ...

---@class vr
---@field API_VERSION integer the plugin API version this library implements
local vr = { API_VERSION = 1 }

vr.date = host.load("date", vr, host)
vr.money = host.load("money", vr, host)
vr.case = host.load("case", vr, host)
host.load("readonly", vr, host)
local vocab = host.load("vocab", vr, host)
host.load("plugin", vr, host, vocab)

return vr
