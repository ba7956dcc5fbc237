/*
 * signer.c - who may sign, and when; see signer.h.
 */
#include "core/signer.h"
#include "core/date.h"
#include "core/error.h"

#include <ctype.h>
#include <strings.h>
#include <stdio.h>
#include <string.h>

/* Names compare with case and runs of spaces ignored: "Jordan  example"
 * is "Jordan Example", "Jordan Exampel" is not. */
static int same_name(const char *a, const char *b)
{
	while (*a == ' ')
		a++;
	while (*b == ' ')
		b++;
	for (;;) {
		while (*a == ' ' && (a[1] == ' ' || a[1] == '\0'))
			a++;
		while (*b == ' ' && (b[1] == ' ' || b[1] == '\0'))
			b++;
		if (!*a || !*b)
			return !*a && !*b;
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return 0;
		a++;
		b++;
	}
}

static void trimmed(const char *s, char *out, size_t n)
{
	size_t len;

	while (*s == ' ')
		s++;
	snprintf(out, n, "%s", s);
	len = strlen(out);
	while (len && out[len - 1] == ' ')
		out[--len] = '\0';
}

static int same_role(const char *a, const char *b)
{
	char x[128], y[128];

	trimmed(a ? a : "", x, sizeof(x));
	trimmed(b ? b : "", y, sizeof(y));
	return strcasecmp(x, y) == 0;
}

static int named(const char *role, const char *given, const char *record, const char *what,
		 vr_signer *out)
{
	if (given && !same_name(given, record))
		return vr_error_set(VR_EINPUT, "the %s on record is not the name given with "
				    "--name; sign with the name on record (leave --name out to "
				    "use it), or correct %s and import the case again", role, what);
	snprintf(out->name, sizeof(out->name), "%s", record);
	return 0;
}

int vr_signer_resolve(const vr_val *person, const vr_val *kase, const char *role,
		      const char *signer_id, const char *name, vr_signer *out)
{
	const vr_val *staff = vr_val_get(kase, "staff"), *m = NULL;
	char list[1024];
	size_t used = 0, n = 0;

	memset(out, 0, sizeof(*out));
	if (!strcmp(role, "client")) {
		const vr_val *nm = vr_val_get(person, "name");
		char full[512];
		const char *id = vr_val_gets(person, "id");
		if (signer_id && (!id || strcmp(signer_id, id)))
			return vr_error_set(VR_EINPUT, "--signer-id is not the id of the person on "
					    "record; the client signs as the person the case is "
					    "about (leave --signer-id out)");
		snprintf(full, sizeof(full), "%s %s", vr_val_gets(nm, "given") ?
			 vr_val_gets(nm, "given") : "", vr_val_gets(nm, "family") ?
			 vr_val_gets(nm, "family") : "");
		snprintf(out->id, sizeof(out->id), "%s", id ? id : "");
		return named("client's name", name, full, "person.name", out);
	}
	if (!strcmp(role, "representative")) {
		const vr_val *rep = vr_val_get(person, "representative");
		if (!rep || !vr_val_gets(rep, "name"))
			return vr_error_set(VR_EINPUT, "the person has no representative on record; "
					    "record person.representative (name, relation) and "
					    "import the case again before a representative signs");
		if (signer_id)
			return vr_error_set(VR_EINPUT, "--signer-id names staff; a representative "
					    "is named by person.representative (leave it out)");
		return named("representative's name", name, vr_val_gets(rep, "name"),
			     "person.representative.name", out);
	}
	list[0] = '\0';
	for (size_t i = 0; i < vr_val_len(staff); i++) {
		const vr_val *s = vr_val_at(staff, i);
		const char *id = vr_val_gets(s, "id");
		if (!same_role(vr_val_gets(s, "role"), role) || !id)
			continue;
		n++;
		if (used < sizeof(list))
			used += (size_t)snprintf(list + used, sizeof(list) - used, "%s%s",
						 used ? ", " : "", id);
		if (signer_id ? !strcmp(signer_id, id) : n == 1)
			m = s;
	}
	if (n == 0)
		return vr_error_set(VR_EINPUT, "the case has no staff member with role '%s'; "
				    "record the %s in case.staff (id, name, role) and import the "
				    "case again", role, role);
	if (signer_id && !m)
		return vr_error_set(VR_EINPUT, "--signer-id names no staff member of the case "
				    "with role '%s'; the staff with that role: %s", role, list);
	if (!signer_id && n > 1)
		return vr_error_set(VR_EINPUT, "the case has %zu staff members with role '%s' (%s): "
				    "say which one signs with --signer-id", n, role, list);
	snprintf(out->id, sizeof(out->id), "%s", vr_val_gets(m, "id"));
	return named("staff member's name", name, vr_val_gets(m, "name") ?
		     vr_val_gets(m, "name") : "", "case.staff", out);
}

int vr_signer_check_time(const char *at, long long now, const char *not_before_at,
			 const char *not_before_day)
{
	long day, bday;
	long long t, b;
	char today[11];

	if (vr_datetime_seconds(at, &day, &t) < 0)
		return VR_EINPUT;
	if (t > now + VR_SIGNER_SKEW)
		return vr_error_set(VR_EINPUT, "the signature's time %s is in the future; a "
				    "signature is recorded when it has been given: give the time "
				    "it was signed, or leave --at out for now", at);
	if (not_before_at && vr_datetime_seconds(not_before_at, &bday, &b) == 0 && t < b)
		return vr_error_set(VR_EINPUT, "the signature's time %s is before the version "
				    "was created (%s): no one can sign a version before it "
				    "exists; give the time it was signed", at, not_before_at);
	if (not_before_day && vr_date_parse(not_before_day, &bday) == 0 && day < bday) {
		vr_date_format(bday, today);
		return vr_error_set(VR_EINPUT, "the signature's date %.10s is before the plan's "
				    "date %s: a plan is signed on or after the day it is written",
				    at, today);
	}
	return 0;
}
