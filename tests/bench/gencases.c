/*
 * gencases.c - a deterministic generator of synthetic cases for benchmarks.
 *
 * usage: gencases N DIR [SEED]
 *
 * Writes N case files (Lua tables, the format `vrtool import` reads) into
 * DIR, round-robin across the four shipped agencies, with a realistic
 * spread of plan sizes (1 to 8 services, 1 to 4 objectives), events and
 * staff. The same N and SEED always give the same files, byte for byte.
 * Every name is invented; no real person's data.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long long state = 88172645463325252ULL;

static unsigned rnd(unsigned n)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return (unsigned)(state % n);
}

static const char *given[] = { "Avery", "Jordan", "Riley", "Casey", "Morgan", "Quinn",
	"Rowan", "Sage", "Emery", "Parker", "Reese", "Skyler", "Dakota", "Harper", "Marisol",
	"Tomas", "Lucia", "Mateo", "Ines", "Kai" };
static const char *family[] = { "Testcase", "Example", "Sample", "Fixture", "Mockton",
	"Placeholder", "Synthetic", "Demo", "Exampleton", "Trialson" };
static const char *occupations[][2] = { { "Pharmacy Technician", "29-2052" },
	{ "Stock Clerk", "53-7065" }, { "Medical Assistant", "31-9092" },
	{ "Cashier", "41-2011" }, { "Office Clerk", "43-9061" }, { "Cook", "35-2014" },
	{ "Janitor", "37-2011" }, { "Customer Service Representative", "43-4051" } };
static const char *providers[] = { "Ozark Community College", "Show-Me Employment CRP",
	"Lakeshore IPS Services", "Northwoods Training Center", "Capitol Workforce Partners" };

static void date(char *out, int y, int m, int d)
{
	/* keep it simple and valid: days 1..28 */
	while (m > 12) { m -= 12; y++; }
	snprintf(out, 11, "%04d-%02d-%02d", y, m, d < 1 ? 1 : d > 28 ? 28 : d);
}

static void person(FILE *f, const char *pid, int spanish)
{
	fprintf(f, "  person = { id = \"%s\", name = { given = \"%s\", family = \"%s\" },\n"
		"    birth_date = \"%d-%02d-%02d\", language = \"%s\", ssa_beneficiary = %s },\n",
		pid, given[rnd(20)], family[rnd(10)], 1960 + rnd(45), 1 + rnd(12), 1 + rnd(28),
		spanish ? "es" : "en", rnd(3) ? "false" : "true");
}

static void services(FILE *f, int n, int m0, const char *extra)
{
	char s[11], e[11];
	fprintf(f, "      services = {\n");
	for (int i = 1; i <= n; i++) {
		int m = m0 + (int)rnd(6);
		date(s, 2026, m, 1 + (int)rnd(28));
		date(e, 2026, m + 2 + (int)rnd(6), 1 + (int)rnd(28));
		fprintf(f, "        { id = \"S%d\", objective = \"O1\", description = \"Service %d\", "
			"provider = \"%s\", procurement = \"contract\", responsible = \"%s\", "
			"start = \"%s\", planned_end = \"%s\", cost_cents = %u%s },\n", i, i,
			providers[rnd(5)], rnd(2) ? "Client" : "WIOA", s, e, 5000 + rnd(400000), extra);
	}
	fprintf(f, "      },\n");
}

static void objectives(FILE *f, int n, const char **titles)
{
	fprintf(f, "      objectives = {\n");
	for (int i = 1; i <= n; i++)
		fprintf(f, "        { id = \"O%d\", title = \"%s\", outcome = \"Outcome %d\", "
			"measure = \"Certificate or hire\", start = \"2026-04-01\", target = "
			"\"2027-03-31\" },\n", i, titles ? titles[(i - 1) % 4] : "Objective", i);
	fprintf(f, "      },\n");
}

static const char *tx_titles[] = { "Comprehensive Assessment (Individualized Career Services)",
	"Career Planning", "Training Services", "Job Search Services" };

static void one(FILE *f, long i)
{
	int agency = (int)(i % 4), nsvc = 1 + (int)rnd(8), nobj = 1 + (int)rnd(4);
	int occ = (int)rnd(8);
	char cid[64], pid[64], elig[11], pdate[11];
	static const char *ids[] = { "mo-vr", "tx-wioa", "ny-pros", "wi-dvr" };
	static const char *pre[] = { "MO", "TX", "NY", "WI" };
	static const char *kinds[] = { "IPE", "IEP", "EP", "IPE" };

	snprintf(cid, sizeof(cid), "%s-G-%07ld", pre[agency], i);
	snprintf(pid, sizeof(pid), "P-%s-G-%07ld", pre[agency], i);
	date(elig, 2026, 1 + (int)rnd(3), 1 + (int)rnd(28));
	date(pdate, 2026, 4, 1 + (int)rnd(28));
	fprintf(f, "-- Synthetic benchmark case %ld (gencases): invented data.\nreturn {\n", i);
	person(f, pid, agency == 1 && rnd(3) == 0);
	fprintf(f, "  case = { id = \"%s\", agency = \"%s\", status = \"open\",\n"
		"    staff = { { id = \"S-%s-%02u\", name = \"%s %s\", role = \"%s\", fte = 1 } },\n"
		"    events = {\n      { kind = \"application\", date = \"2026-01-05\" },\n"
		"      { kind = \"eligibility\", date = \"%s\" },\n",
		cid, ids[agency], pre[agency], rnd(40), given[rnd(20)], family[rnd(10)],
		agency == 2 ? "employment_specialist" : agency == 1 ? "career_planner" : "counselor",
		elig);
	if (agency == 2)
		fprintf(f, "      { kind = \"ips_entry\", date = \"2026-01-10\" },\n"
			"      { kind = \"employer_contact\", date = \"2026-01-20\" },\n");
	if (agency == 3)
		fprintf(f, "      { kind = \"authorization\", authorization = \"A-%ld\", service = "
			"\"078\", amount_cents = 100000, at = \"2026-02-02T10:00:00-06:00\" },\n"
			"      { kind = \"first_contact\", authorization = \"A-%ld\", at = "
			"\"2026-02-03T09:00:00-06:00\" },\n"
			"      { kind = \"report\", date = \"2026-03-20\", authorization = \"A-%ld\", "
			"form = \"DVR-18018-E\" },\n", i, i, i);
	fprintf(f, "    },\n");
	if (agency == 1)
		fprintf(f, "    notes = { { date = \"2026-04-20\", author = \"staff\", text = "
			"\"IEP developed.\", tags = { \"iep\", \"career-exploration\" } } },\n");
	fprintf(f, "  },\n  plans = {\n    {\n      id = \"%s-%s\", kind = \"%s\", date = \"%s\",\n"
		"      goal = { occupation = \"%s\", soc = \"%s\", own_words = \"I want to work as a %s.\", "
		"hours_week = %u, wage_cents_hour = %u, target_date = \"2027-06-30\" },\n",
		cid, kinds[agency], kinds[agency], pdate, occupations[occ][0], occupations[occ][1],
		occupations[occ][0], 15 + rnd(26), 1500 + rnd(1200));
	objectives(f, nobj, agency == 1 ? tx_titles : NULL);
	if (agency == 3)
		fprintf(f, "      services = {\n        { id = \"S1\", objective = \"O1\", description "
			"= \"IPS Career Profile\", category = \"career_profile\", provider = "
			"\"Lakeshore IPS Services\", authorization = \"A-%ld\", start = \"2026-02-03\", "
			"actual_end = \"2026-03-18\", cost_cents = 100000 },\n      },\n", i);
	else
		services(f, nsvc, 4, agency == 2 ? ", modality = \"individual\"" : "");
	fprintf(f, "      responsibilities = { { party = \"client\", text = \"Take part.\", "
		"initialed = true }, { party = \"agency\", text = \"Pay for services.\" } },\n"
		"      progress_criteria = \"Milestones met on time.\",\n"
		"      review = { next = \"2027-03-31\" },\n    },\n  },\n}\n");
}

int main(int argc, char **argv)
{
	long n;
	char path[4096];

	if (argc < 3) {
		fprintf(stderr, "usage: gencases N DIR [SEED]\n");
		return 2;
	}
	n = atol(argv[1]);
	if (argc > 3)
		state ^= strtoull(argv[3], NULL, 10) * 0x9E3779B97F4A7C15ULL;
	for (long i = 1; i <= n; i++) {
		FILE *f;
		snprintf(path, sizeof(path), "%s/case-%07ld.lua", argv[2], i);
		if (!(f = fopen(path, "w"))) {
			perror(path);
			return 1;
		}
		one(f, i);
		if (fclose(f) != 0) {
			perror(path);
			return 1;
		}
	}
	return 0;
}
