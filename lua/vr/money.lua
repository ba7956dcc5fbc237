-- vr.money: amounts in whole cents, as the model stores them.
local vr = ...

---@class vr.money
local money = {}

---Formats cents as dollars: 500000 -> "$5,000.00".
---@param cents integer
---@return string
function money.format(cents)
  local neg = cents < 0
  if neg then cents = -cents end
  local dollars = tostring(cents // 100)
  dollars = dollars:reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", "")
  return ("%s$%s.%02d"):format(neg and "-" or "", dollars, cents % 100)
end

---Whole dollars to cents: money.dollars(5000) == 500000.
---@param d integer
---@return integer
function money.dollars(d)
  return d * 100
end

return money
