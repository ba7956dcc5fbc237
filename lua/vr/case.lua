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

-- The declared spelling of a tag a rule asks for; raises when the plugin's
-- vocabulary does not declare it (then no note could ever be read as
-- carrying it: docs/plugins.md, "Vocabularies").
local function declared_tag(tag)
  local v = vr._vocab_current()
  local tags = v and v.paths["case.notes[].tags[]"]
  local want = tags and type(tag) == "string" and tags.map[vr._vocab_key(tag)]
  if want == nil then
    error(("the plugin reads note tag '%s', which vocabulary[\"case.notes[].tags[]\"] does "
      .. "not declare"):format(tostring(tag)), 3)
  end
  return want
end

---Does the note carry the tag? The tag must be one the plugin declares in
---vocabulary["case.notes[].tags[]"]; the note's tags are compared in their
---canonical spelling (vr.vocab: case, space, `_` and `-` do not count).
---@param note table
---@param tag string
---@return boolean
function M.tagged(note, tag)
  local want = declared_tag(tag)
  local tags = note.tags
  if tags == nil then return false end
  for i = 1, #tags do
    if tags[i] == want then return true end
  end
  return false
end

---The first note (by date) carrying the tag, dated on or before `by` when
---given; nil when none.
---@param case table
---@param tag string
---@param by string|nil YYYY-MM-DD
---@return table|nil note
---@return integer|nil i its index in case.notes (for paths)
function M.notes_tagged(case, tag, by)
  local want = declared_tag(tag)
  local best, at
  for i, n in ipairs(case.notes or {}) do
    local tags = n.tags
    if tags and (by == nil or (n.date and n.date <= by)) then
      for j = 1, #tags do
        if tags[j] == want then
          if best == nil or (n.date or "") < (best.date or "") then best, at = n, i end
          break
        end
      end
    end
  end
  return best, at
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
