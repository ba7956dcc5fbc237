-- vr.readonly: a read-only view of a table, for the snapshots lent to rules.
--
-- A rule gets the case and the plan as proxies: reading works as usual
-- (fields, #, ipairs, pairs), writing raises. The same proxy is shared by
-- every rule of a check, so no rule can change what the next one sees.
local vr = ...

local proxies = setmetatable({}, { __mode = "k" })

local function refuse()
  error("the case and plan are read-only in a rule", 2)
end

local wrap

local function make(t)
  local p = {}
  local mt = {
    __metatable = "read-only",
    __index = function(_, k) return wrap(t[k]) end,
    __newindex = refuse,
    __len = function() return #t end,
    __pairs = function()
      local k
      return function()
        local v
        k, v = next(t, k)
        return k, wrap(v)
      end
    end,
  }
  return setmetatable(p, mt)
end

wrap = function(v)
  if type(v) ~= "table" then return v end
  -- already a view: one of these, or one the host built (runtime.c)
  if getmetatable(v) == "read-only" then return v end
  local p = proxies[v]
  if not p then
    p = make(v)
    proxies[v] = p
  end
  return p
end

---A read-only view of t (nested tables too).
---@generic T
---@param t T
---@return T
vr.readonly = wrap
