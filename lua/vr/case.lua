-- vr.case: reading a case's history, the way every plugin needs to.
--
-- Events are records { kind, date | at, ... } (docs/model.md); these
-- helpers find them by kind and date so a rule reads like the policy
-- ("the first eligibility determination") rather than like a loop.
local vr = ...

---@class vr.case
local M = {}

---@class vr.EventRef
---@field i integer the event's index in case.events (for paths)
---@field e table the event
---@field day string its date (the date part of `at` when it has only a time)

---The day of an event: its date, or the date part of its date-time.
---@param e table
---@return string|nil
function M.day_of(e)
  return e.date or (e.at and e.at:sub(1, 10))
end

---The events of one kind, in the order recorded.
---@param case table
---@param kind string
---@return vr.EventRef[]
function M.events(case, kind)
  local out = {}
  for i, e in ipairs(case.events or {}) do
    if e.kind == kind then out[#out + 1] = { i = i, e = e, day = M.day_of(e) } end
  end
  return out
end

---The earliest event of a kind (optionally on or after a date), or nil.
---@param case table
---@param kind string
---@param on_or_after string|nil
---@return vr.EventRef|nil
function M.first_event(case, kind, on_or_after)
  local best
  for _, x in ipairs(M.events(case, kind)) do
    if x.day and (on_or_after == nil or x.day >= on_or_after)
        and (best == nil or x.day < best.day) then
      best = x
    end
  end
  return best
end

---Is s missing, or only white space?
---@param s any
---@return boolean
function vr.blank(s)
  if s == nil then return true end
  if type(s) ~= "string" then return false end
  local b = s:byte(1)
  -- most text starts with a letter: not blank, no pattern needed
  if b == nil then return true end
  if b > 32 then return false end
  return s:match("^%s*$") ~= nil
end

return M
