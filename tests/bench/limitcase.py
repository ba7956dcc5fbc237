#!/usr/bin/env python3
"""A synthetic Missouri case at every model limit (docs/model.md, "Limits"):
10,000 events, 1,000 each of jobs, notes, objectives, services and
responsibilities, and note tags (a word mo-vr declares) up to the 25,000
items of a case file.
Written as a case file on standard output; `make bench` imports and checks
it (issue 16: a case at every limit imports and checks within a stated time
and memory)."""
import sys

EVENTS, LIST, TOTAL = 10000, 1000, 25000
out = []
w = out.append
w("return {")
w('  person = { id = "P-LIMIT", name = { given = "Limit", family = "Testcase" } },')
w('  case = { id = "MO-LIMIT", agency = "mo-vr",')
w('    staff = { { id = "S1", name = "Jordan Example", role = "counselor", title = "Counselor III" } },')
w("    events = {")
w('      { kind = "eligibility", date = "2026-01-05" },')
for i in range(EVENTS - 1):
    w('      { kind = "contact", date = "2026-%02d-%02d" },' % (2 + i % 10, 1 + i % 28))
w("    },")
w("    employment = {")
for i in range(LIST):
    w('      { employer = "Employer %d", start = "2026-03-01" },' % i)
w("    },")
used = 1 + EVENTS + 5 * LIST + 1  # staff, events, 5 lists of LIST, the plan
tags = TOTAL - used  # exactly at the limit: one more is refused
w("    notes = {")
for i in range(LIST):
    n = min(tags, (TOTAL - used + LIST - 1) // LIST)
    tags -= n
    w('      { date = "2026-02-%02d", text = "Note %d.", tags = { %s } },'
      % (1 + i % 28, i, ", ".join(['"benefits"'] * n)))
w("    },")
assert tags == 0
w("  },")
w('  plans = { { id = "MO-LIMIT-IPE", kind = "IPE", date = "2026-03-01",')
w('    goal = { occupation = "Baker", target_date = "2027-06-30" },')
w("    objectives = {")
for i in range(LIST):
    w('      { id = "O%d", title = "Objective %d" },' % (i, i))
w("    },")
w("    services = {")
for i in range(LIST):
    w('      { id = "S%d", description = "Service %d", provider = "Provider", procurement = "voucher", start = "2026-04-01" },' % (i, i))
w("    },")
w("    responsibilities = {")
for i in range(LIST):
    w('      { party = "client", text = "Responsibility %d." },' % i)
w("    },")
w('    progress_criteria = "Course completed.", post_employment = "None expected.",')
w("  } },")
w("}")
sys.stdout.write("\n".join(out) + "\n")
