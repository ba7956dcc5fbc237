-- Missouri Vocational Rehabilitation: the Individualized Plan for Employment.
--
-- Source: Missouri VR Client Services Guide, Section 500 Vocational Planning
-- (issued 2021-04-15): 510 Comprehensive Assessment, 520 IPE, 530 Ticket to
-- Work; and the federal rules it implements, 34 CFR 361.45 (development)
-- and 361.46 (content). Rules follow the order of the documents; each cites
-- the section it encodes. ../shared/policy/missouri-vr-csg-500-vocational-planning.txt
--
-- Known conflict in the source (CSG 520.1): the district supervisor reviews
-- "all initial plans", but an assistant supervisor or counselor IV "may be
-- exempt". This plugin (when approvals arrive) applies the exemption only
-- when the counselor's title says so.

local date = vr.date
local blank = vr.blank
local first_event = vr.case.first_event

return vr.plugin {
  api = 1,
  id = "mo-vr",
  name = "Missouri Vocational Rehabilitation",
  version = "0.1.0",
  source = {
    document = "Missouri VR Client Services Guide, Section 500 Vocational Planning; "
      .. "34 CFR 361.45-361.46",
    date = "2021-04-15",
  },
  kinds = {
    IPE = {
      title = "Individualized Plan for Employment",
      -- CSG 520.1: "jointly developed, agreed upon and signed by the
      -- counselor and the client and/or his or her representative"; the
      -- district supervisor "will review and approve all initial plans".
      signers = { { "client", "representative" }, "counselor" },
      approvals = { "supervisor" },
      -- CSG 520.3: amendments take effect when signed by the individual
      -- (or representative) and the counselor; no supervisor approval.
      amendment = { approvals = {} },
    },
  },

  deadlines = {
    -- 34 CFR 361.45(e); CSG 520.1: the IPE within 90 days of the
    -- eligibility determination, or by the date agreed in an extension.
    vr.deadline {
      id = "mo.ipe-90-days",
      what = "IPE developed (90 days from eligibility, or the agreed extension date)",
      cite = "34 CFR 361.45(e); CSG 520.1",
      applies_to = { "IPE" },
      compute = function(plan, case)
        local elig = first_event(case, "eligibility")
        -- an amendment does not restart the clock: the IPE was developed
        if not elig or (plan.version or 1) > 1 then return {} end
        local due = date.add_days(elig.day, 90)
        local ext = first_event(case, "plan_extension")
        if ext and ext.e.agreed_date and ext.e.agreed_date > due then
          due = ext.e.agreed_date
        end
        return { { due = due, from = "eligibility on " .. elig.day, met = plan.date } }
      end,
    },
    -- CSG 520.1: reviewed at least annually.
    vr.deadline {
      id = "mo.annual-review",
      what = "IPE reviewed with the client (at least annually)",
      cite = "CSG 520.1 (reviewed at least annually)",
      applies_to = { "IPE" },
      compute = function(plan, case, ctx)
        local from = plan.review and plan.review.last or plan.date
        return { { due = date.add_months(from, 12), from = (plan.review and plan.review.last)
          and "last review on " .. from or "IPE dated " .. from } }
      end,
    },
  },

  rules = {
    -- 510.1: "The IPE must be designed to achieve a specific employment
    -- outcome that is selected by the client"; 34 CFR 361.46(a)(1).
    vr.rule {
      id = "mo.510.1.employment-outcome",
      cite = "CSG 510.1; 34 CFR 361.46(a)(1)",
      severity = "error",
      applies_to = { "IPE" },
      path = "plan.goal.occupation",
      check = function(plan)
        if plan.goal == nil or blank(plan.goal.occupation) then
          return "the IPE names no specific employment outcome: write the occupation "
            .. "the client chose in goal.occupation"
        end
      end,
    },

    -- 520.1 / 34 CFR 361.45(e): the IPE is completed no later than 90 days
    -- after eligibility, unless agency and client agree to extend it to a
    -- specific date (a plan_extension event with `until`).
    vr.rule {
      id = "mo.520.1.ipe-within-90-days",
      cite = "34 CFR 361.45(e); CSG 520.1 ('a sense of urgency'); IPS-VR crosswalk principle 5",
      severity = "error",
      applies_to = { "IPE" },
      path = "plan.date",
      check = function(plan, case)
        local elig = first_event(case, "eligibility")
        if elig == nil then
          return "no eligibility event: an IPE follows the eligibility determination; "
            .. "record it in case.events", "case.events"
        end
        if plan.version ~= nil and plan.version > 1 then return nil end -- amendments
        local due = date.add_days(elig.day, 90)
        local ext = first_event(case, "plan_extension")
        if ext and ext.e.agreed_date and ext.e.agreed_date > due then
          due = ext.e.agreed_date
        end
        if plan.date > due then
          return ("the IPE is dated %s, after its due date %s (90 days from eligibility "
            .. "on %s%s)"):format(plan.date, due, elig.day,
              ext and ", as extended by agreement" or "")
        end
      end,
    },

    -- 34 CFR 361.46(a)(3): timelines for the achievement of the employment
    -- outcome and for the initiation of services.
    vr.rule {
      id = "mo.361.46.a3.timelines",
      cite = "34 CFR 361.46(a)(3)",
      severity = "error",
      applies_to = { "IPE" },
      check = function(plan)
        local out = {}
        if plan.goal == nil or plan.goal.target_date == nil then
          out[#out + 1] = vr.finding("no timeline for achieving the employment outcome: "
            .. "set goal.target_date", "plan.goal.target_date")
        end
        for i, s in ipairs(plan.services or {}) do
          if s.start == nil then
            out[#out + 1] = vr.finding(("service '%s' has no date for starting it")
              :format(s.description), ("plan.services[%d].start"):format(i))
          end
        end
        return out
      end,
    },

    -- 34 CFR 361.46(a)(4); CSG 520.1: the client chooses the entity that
    -- provides each service and the method of procuring it.
    vr.rule {
      id = "mo.520.1.providers-and-procurement",
      cite = "CSG 520.1 (informed choice of providers and procurement methods); "
        .. "34 CFR 361.46(a)(4)",
      severity = "error",
      applies_to = { "IPE" },
      check = function(plan)
        local out = {}
        for i, s in ipairs(plan.services or {}) do
          if blank(s.provider) then
            out[#out + 1] = vr.finding(("service '%s' names no provider"):format(s.description),
              ("plan.services[%d].provider"):format(i))
          end
          if blank(s.procurement) then
            out[#out + 1] = vr.finding(("service '%s' has no procurement method")
              :format(s.description), ("plan.services[%d].procurement"):format(i))
          end
        end
        return out
      end,
    },

    -- 34 CFR 361.46(a)(5): the criteria to evaluate progress.
    vr.rule {
      id = "mo.361.46.a5.progress-criteria",
      cite = "34 CFR 361.46(a)(5)",
      severity = "error",
      applies_to = { "IPE" },
      path = "plan.progress_criteria",
      check = function(plan)
        if blank(plan.progress_criteria) then
          return "the IPE states no criteria for evaluating progress toward the outcome"
        end
      end,
    },

    -- 34 CFR 361.46(a)(6); CSG 510.1 ("Explaining client and counselor
    -- responsibilities"): the responsibilities of the client and the agency.
    vr.rule {
      id = "mo.361.46.a6.responsibilities",
      cite = "34 CFR 361.46(a)(6); CSG 510.1, 520.1",
      severity = "error",
      applies_to = { "IPE" },
      path = "plan.responsibilities",
      check = function(plan)
        local has = {}
        for _, r in ipairs(plan.responsibilities or {}) do has[r.party] = true end
        local out = {}
        if not has.client then
          out[#out + 1] = vr.finding("the client's responsibilities are not stated")
        end
        if not has.agency then
          out[#out + 1] = vr.finding("the agency's responsibilities are not stated")
        end
        return out
      end,
    },

    -- CSG 520.1: when the counselor cannot support the client's informed
    -- choice: document why, explore alternatives, and give appeal,
    -- mediation and Client Assistance Program information.
    vr.rule {
      id = "mo.520.1.informed-choice-not-supported",
      cite = "CSG 520.1 (counselor cannot support the client's informed choice)",
      severity = "error",
      applies_to = { "IPE" },
      check = function(plan)
        local ic = plan.informed_choice
        if ic == nil or ic.supported ~= false then return nil end
        local out = {}
        if blank(ic.reason) then
          out[#out + 1] = vr.finding("document why the client's choice is not supported",
            "plan.informed_choice.reason")
        end
        if blank(ic.alternatives) then
          out[#out + 1] = vr.finding("record the alternatives explored with the client",
            "plan.informed_choice.alternatives")
        end
        if ic.appeal_info_given ~= true then
          out[#out + 1] = vr.finding("the client must be given appeal and mediation rights "
            .. "and Client Assistance Program information", "plan.informed_choice.appeal_info_given")
        end
        return out
      end,
    },

    -- CSG 520.1: "The IPE must be reviewed at least annually".
    vr.rule {
      id = "mo.520.1.annual-review",
      cite = "CSG 520.1 (reviewed at least annually); 34 CFR 361.45",
      severity = "warning",
      applies_to = { "IPE" },
      path = "plan.review.next",
      check = function(plan, case, ctx)
        local from = plan.review and plan.review.last or plan.date
        local due = date.add_months(from, 12)
        local next_review = plan.review and plan.review.next
        if next_review and next_review > due then
          return ("the next review (%s) is more than a year after %s; schedule it by %s")
            :format(next_review, from, due)
        end
        if ctx.as_of > due then
          return ("the annual review was due on %s and is not recorded"):format(due)
        end
      end,
    },
  },
}
