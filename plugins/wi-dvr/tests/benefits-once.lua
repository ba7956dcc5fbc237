-- A job with one benefit, "health insurance" (cases/six-months.lua, job J2,
-- held on the as-of day). `vrtool check` prints a measure as its text, then
-- ", " and its band: the band said "health insurance", the very words the
-- text lists, so the line read "benefits: health insurance, health
-- insurance". The band now says whether the job gives health insurance
-- (the hire tier's test), in words that are not a benefit's name.
return {
  name = "a job whose one benefit is health insurance names it once",
  case = "cases/six-months.lua",
  as_of = "2026-11-23",
  measures = {
    { id = "wi.quality.benefits", value = "yes", text = "benefits: health insurance",
      band = "with health insurance" },
  },
}
