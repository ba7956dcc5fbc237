-- Generated from the sample case and reviewed: what the plugin must say about it.
return {
  name = "a Spanish-speaking customer exploring a career cluster: only the cluster warning",
  case = "../../../tests/fixtures/cases/tx-career-cluster.lua",
  as_of = "2026-11-23",
  findings = {
    { rule = "tx.1.career-cluster-until-agreed", path = "plan.goal.occupation", severity = "warning" },
  },
}
