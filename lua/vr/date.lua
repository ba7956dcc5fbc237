-- vr.date: calendar arithmetic on ISO dates ("2026-03-02").
--
-- Dates are strings in the plugin API (they compare correctly as strings)
-- and day numbers (days since 1970-01-01) inside. Nothing here reads the
-- clock: "today" is always ctx.as_of, given by the host.
local vr = ...

---@class vr.date
local date = {}

local function days_from_civil(y, m, d)
  y = (m <= 2) and y - 1 or y
  local era = (y >= 0 and y or y - 399) // 400
  local yoe = y - era * 400
  local mp = (m + 9) % 12
  local doy = (153 * mp + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return era * 146097 + doe - 719468
end

local function civil_from_days(z)
  z = z + 719468
  local era = (z >= 0 and z or z - 146096) // 146097
  local doe = z - era * 146097
  local yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
  local doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
  local mp = (5 * doy + 2) // 153
  local d = doy - (153 * mp + 2) // 5 + 1
  local m = mp < 10 and mp + 3 or mp - 9
  return yoe + era * 400 + (m <= 2 and 1 or 0), m, d
end

local mdays = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }

---Parses "YYYY-MM-DD" (or the date part of a date-time) into a day number.
---@param s string
---@return integer|nil days, string|nil err
function date.parse(s)
  if type(s) ~= "string" then return nil, "not a date" end
  local y, m, d = s:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)")
  if not y then return nil, ("'%s' is not a date"):format(s) end
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  local leap = (y % 4 == 0 and y % 100 ~= 0) or y % 400 == 0
  if m < 1 or m > 12 or d < 1 or d > mdays[m] + ((m == 2 and leap) and 1 or 0) then
    return nil, ("'%s' is not a real date"):format(s)
  end
  return days_from_civil(y, m, d)
end

---Formats a day number as "YYYY-MM-DD".
---@param n integer
---@return string
function date.format(n)
  local y, m, d = civil_from_days(n)
  return ("%04d-%02d-%02d"):format(y, m, d)
end

local function need(s)
  local n, err = date.parse(s)
  if not n then error(err, 3) end
  return n
end

---The date n calendar days after s (before, when n is negative).
---@param s string
---@param n integer
---@return string
function date.add_days(s, n)
  return date.format(need(s) + n)
end

---Calendar days from a to b (positive when b is later).
---@param a string
---@param b string
---@return integer
function date.days_between(a, b)
  return need(b) - need(a)
end

---The same day n months later, clamped to the month's end (Jan 31 + 1 = Feb 28).
---@param s string
---@param n integer
---@return string
function date.add_months(s, n)
  local y, m, d = civil_from_days(need(s))
  local t = y * 12 + (m - 1) + n
  y, m = t // 12, t % 12 + 1
  local leap = (y % 4 == 0 and y % 100 ~= 0) or y % 400 == 0
  local last = mdays[m] + ((m == 2 and leap) and 1 or 0)
  return ("%04d-%02d-%02d"):format(y, m, math.min(d, last))
end

---Day of the week, 1 = Monday ... 7 = Sunday.
---@param s string
---@return integer
function date.weekday(s)
  return (need(s) + 3) % 7 + 1
end

---The earlier and later of two dates.
function date.min(a, b) if a == nil then return b end if b == nil then return a end return a < b and a or b end
function date.max(a, b) if a == nil then return b end if b == nil then return a end return a > b and a or b end

return date
