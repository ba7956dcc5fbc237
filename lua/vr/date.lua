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

-- Rules parse and format the same few hundred dates again and again (a
-- deadline per month of a plan, business days one by one), so both ways
-- are remembered: strings and day numbers are values, nothing a rule can
-- change. The memory is bounded: past `memo_max` entries it starts over.
local memo_max = 20000
local parsed, formatted, memo_n = {}, {}, 0

local function remember()
  memo_n = memo_n + 1
  if memo_n > memo_max then parsed, formatted, memo_n = {}, {}, 1 end
end

---Parses "YYYY-MM-DD" (or the date part of a date-time) into a day number.
---@param s string
---@return integer|nil days, string|nil err
function date.parse(s)
  local n = parsed[s]
  if n then return n end
  if type(s) ~= "string" then return nil, "not a date" end
  local y, m, d = s:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)")
  if not y then return nil, ("'%s' is not a date"):format(s) end
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  local leap = (y % 4 == 0 and y % 100 ~= 0) or y % 400 == 0
  if m < 1 or m > 12 or d < 1 or d > mdays[m] + ((m == 2 and leap) and 1 or 0) then
    return nil, ("'%s' is not a real date"):format(s)
  end
  n = days_from_civil(y, m, d)
  remember()
  parsed[s] = n
  return n
end

---Formats a day number as "YYYY-MM-DD".
---@param n integer
---@return string
function date.format(n)
  local s = formatted[n]
  if s then return s end
  local y, m, d = civil_from_days(n)
  s = ("%04d-%02d-%02d"):format(y, m, d)
  remember()
  formatted[n] = s
  return s
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

---The first day of the month of s.
---@param s string
---@return string
function date.first_of_month(s)
  local y, m = civil_from_days(need(s))
  return ("%04d-%02d-01"):format(y, m)
end

---The last day of the month of s.
---@param s string
---@return string
function date.last_of_month(s)
  return date.add_days(date.add_months(date.first_of_month(s), 1), -1)
end

-- The nth (1..5, or -1 for the last) weekday wd (1 = Monday) of a month.
local function nth_weekday(y, m, wd, n)
  if n > 0 then
    local first = days_from_civil(y, m, 1)
    local shift = (wd - ((first + 3) % 7 + 1)) % 7
    return first + shift + (n - 1) * 7
  end
  local nm = m == 12 and days_from_civil(y + 1, 1, 1) or days_from_civil(y, m + 1, 1)
  local last = nm - 1
  return last - (((last + 3) % 7 + 1) - wd) % 7
end

-- A fixed-date holiday moved to Friday when on Saturday, Monday when on Sunday.
local function observed(n)
  local wd = (n + 3) % 7 + 1
  if wd == 6 then return n - 1 elseif wd == 7 then return n + 1 end
  return n
end

---The United States federal holidays of a year, as observed (5 U.S.C. 6103):
---New Year's Day, Birthday of Martin Luther King Jr., Washington's
---Birthday, Memorial Day, Juneteenth (from 2021), Independence Day, Labor
---Day, Columbus Day, Veterans Day, Thanksgiving Day, Christmas Day.
---@param year integer
---@return table<string, string> date -> name
function date.federal_holidays(year)
  local h = {}
  local function add(n, name) h[date.format(n)] = name end
  add(observed(days_from_civil(year, 1, 1)), "New Year's Day")
  add(nth_weekday(year, 1, 1, 3), "Birthday of Martin Luther King, Jr.")
  add(nth_weekday(year, 2, 1, 3), "Washington's Birthday")
  add(nth_weekday(year, 5, 1, -1), "Memorial Day")
  if year >= 2021 then add(observed(days_from_civil(year, 6, 19)), "Juneteenth National Independence Day") end
  add(observed(days_from_civil(year, 7, 4)), "Independence Day")
  add(nth_weekday(year, 9, 1, 1), "Labor Day")
  add(nth_weekday(year, 10, 1, 2), "Columbus Day")
  add(observed(days_from_civil(year, 11, 11)), "Veterans Day")
  add(nth_weekday(year, 11, 4, 4), "Thanksgiving Day")
  add(observed(days_from_civil(year, 12, 25)), "Christmas Day")
  -- New Year's Day of the next year can be observed on December 31.
  local ny = observed(days_from_civil(year + 1, 1, 1))
  if date.format(ny):sub(1, 4) == tostring(year) then add(ny, "New Year's Day") end
  return h
end

---@class vr.Calendar
---@field is_business_day fun(self: vr.Calendar, s: string): boolean
---@field add_business_days fun(self: vr.Calendar, s: string, n: integer): string
---@field business_days_between fun(self: vr.Calendar, a: string, b: string): integer
---@field first_business_day fun(self: vr.Calendar, s: string): string
---@field holiday fun(self: vr.Calendar, s: string): string|nil

---A business-day calendar: Monday to Friday, less the federal holidays
---(unless federal = false) and the plugin's own dates.
---@param spec { federal: boolean|nil, extra: string[]|nil }|nil
---@return vr.Calendar
function date.calendar(spec)
  spec = spec or {}
  local federal = spec.federal ~= false
  local extra = {}
  for _, d in ipairs(spec.extra or {}) do extra[d] = "agency holiday" end
  local years = {}
  local cal = {}
  function cal:holiday(s)
    need(s)
    if extra[s] then return extra[s] end
    if not federal then return nil end
    local y = tonumber(s:sub(1, 4))
    years[y] = years[y] or date.federal_holidays(y)
    return years[y][s:sub(1, 10)]
  end
  function cal:is_business_day(s)
    return date.weekday(s) <= 5 and self:holiday(s) == nil
  end
  ---n business days after s (the day itself does not count).
  function cal:add_business_days(s, n)
    local d, step = s:sub(1, 10), n < 0 and -1 or 1
    local left = math.abs(n)
    while left > 0 do
      d = date.add_days(d, step)
      if self:is_business_day(d) then left = left - 1 end
    end
    return d
  end
  ---Business days after a up to and including b.
  function cal:business_days_between(a, b)
    local n, d = 0, a:sub(1, 10)
    while d < b:sub(1, 10) do
      d = date.add_days(d, 1)
      if self:is_business_day(d) then n = n + 1 end
    end
    return n
  end
  ---The first business day of the month of s.
  function cal:first_business_day(s)
    local d = date.first_of_month(s)
    while not self:is_business_day(d) do d = date.add_days(d, 1) end
    return d
  end
  return cal
end

---Seconds since 1970-01-01T00:00Z of a date-time with an offset
---("2026-03-02T09:30:00-06:00"), or of a date (its midnight, UTC).
---@param s string
---@return integer|nil seconds, string|nil err
function date.instant(s)
  local d = date.parse(s)
  if not d then return nil, ("'%s' is not a date-time"):format(tostring(s)) end
  if #s == 10 then return d * 86400 end
  local hh, mm, rest = s:match("^%d%d%d%d%-%d%d%-%d%dT(%d%d):(%d%d)(.*)$")
  if not hh then return nil, ("'%s' is not a date-time"):format(s) end
  local ss = 0
  local sec = rest:match("^:(%d%d)")
  if sec then ss = tonumber(sec); rest = rest:sub(4) end
  local off = 0
  if rest ~= "Z" then
    local sign, oh, om = rest:match("^([+-])(%d%d):(%d%d)$")
    if not sign then return nil, ("'%s' has no UTC offset"):format(s) end
    off = (tonumber(oh) * 60 + tonumber(om)) * 60 * (sign == "-" and -1 or 1)
  end
  return d * 86400 + tonumber(hh) * 3600 + tonumber(mm) * 60 + ss - off
end

---The date-time h hours after s, written with s's own offset.
---@param s string a date-time with offset
---@param h number hours
---@return string
function date.add_hours(s, h)
  local t = assert(date.instant(s))
  local rest = s:match("T%d%d:%d%d:?%d?%d?(.*)$") or "Z"
  local off = 0
  if rest ~= "Z" then
    local sign, oh, om = rest:match("^([+-])(%d%d):(%d%d)$")
    off = (tonumber(oh) * 60 + tonumber(om)) * 60 * (sign == "-" and -1 or 1)
  end
  local l = math.floor(t + h * 3600 + off)
  local day = l // 86400
  local sec = l % 86400
  return ("%sT%02d:%02d:%02d%s"):format(date.format(day), sec // 3600, sec % 3600 // 60,
    sec % 60, rest)
end

---Hours from date-time a to date-time b.
---@param a string
---@param b string
---@return number
function date.hours_between(a, b)
  return (assert(date.instant(b)) - assert(date.instant(a))) / 3600
end

---The earlier and later of two dates.
function date.min(a, b) if a == nil then return b end if b == nil then return a end return a < b and a or b end
function date.max(a, b) if a == nil then return b end if b == nil then return a end return a > b and a or b end

return date
