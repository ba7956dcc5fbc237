#!/bin/sh
# Crash safety (issue 11, point 1): vrtool is killed with SIGKILL at random
# moments while it imports, signs, amends and exports. Afterwards everything
# a command reported as done is in the database, a killed command is wholly
# there or wholly absent (never half a case, a signature without its audit
# entry, an audit entry for an export file that is not on disk), SQLite's
# integrity check passes and the audit chain verifies.
#
# A command "reported success" if it exited 0, or if its output, as far as
# it got before the kill, says it did something (an "imported FILE: case ID"
# line, "signed plan", "version N created", "exported plan").
#
# The kill comes after a random delay within about the time the command
# takes (measured at the start, then adjusted as the run goes), so it lands
# anywhere from start-up to after the commit. VR_CRASH_KILLS (default 200) commands must die by the
# signal; VR_CRASH_SEED replays the random choices of a failed run (the
# seed is printed). tests/stress/stress.sh runs this with 2,000 kills.
. tests/e2e/lib.inc
needs_sqlite "SIGKILLs against an SQLite file given by --db, checked with sqlite3 and Python sqlite3"
. tests/e2e/cases.inc

KILLS=${VR_CRASH_KILLS:-200}
SEED=${VR_CRASH_SEED:-$$}
MAXOPS=$((KILLS * 8 + 100))
AS="--as-of 2026-11-23"

now_us() { date +%s%6N; }

# runs vrtool on the test database as operation $n and kills it with
# SIGKILL after a random delay within the window (microseconds) held in the
# variable named by $1 ("none": not killed); sets rc. The window then
# grows a little after a kill and shrinks after a command that finished,
# so that about two in three commands are killed however long they take
# (a sign gets slower as the synthetic caseload grows).
go() {
	wvar=$1; shift
	"$VR_BIN" --db "$DB" "$@" >"$T/o/$n.out" 2>"$T/o/$n.err" &
	pid=$!
	if [ "$wvar" != none ]; then
		eval "win=\$$wvar"
		d=$((r2 % win))
		sleep "$((d / 1000000)).$(printf '%06d' $((d % 1000000)))"
		kill -9 "$pid" 2>/dev/null
	fi
	{ wait "$pid"; } 2>/dev/null # (no "Killed" from the shell)
	rc=$?
	[ "$rc" = 137 ] && kills=$((kills + 1))
	if [ "$wvar" != none ]; then
		if [ "$rc" = 137 ]; then win=$((win * 104 / 100 + 1)); else win=$((win * 92 / 100 + 1)); fi
		eval "$wvar=\$win"
	fi
	# a command that was not killed must have done what it was asked
	if [ "$rc" != 137 ] && [ "$rc" != 0 ]; then
		bad "operation $n ($*) exited $rc"
		sed 's/^/       err: /' "$T/o/$n.err" | head -n 5
	fi
}

# the next COUNT case files (generated 500 at a time), in $files
take_cases() {
	files=""
	first=$nextcase
	i=0
	while [ $i -lt "$1" ]; do
		if [ $nextcase -ge $generated ]; then
			gen_cases "$T/c" K $generated 500
			generated=$((generated + 500))
		fi
		files="$files $T/c/K$(printf '%05d' $nextcase).lua"
		nextcase=$((nextcase + 1)); i=$((i + 1))
	done
}

# What the test knows of a plan's newest version: "VERSION ROLE,ROLE,..."
# in st_K<n> (plan MO-2026-K<n>-IPE), set by the operations that exited 0
# and unset by a kill (the killed command may or may not have landed; the
# next operation on that plan asks the database).
key() { k=${1#MO-2026-}; k=st_${k%-IPE}; }
known() { key "$1"; eval "$k=\$2"; }
forget() { key "$1"; eval "unset $k"; }
recall() { key "$1"; eval "state=\${$k-}"; }

import_op() { # COUNT WINDOW-VARIABLE
	take_cases "$1"
	go "$2" import $files
	echo "$n import $rc $first $1" >>"$T/ops"
	if [ "$rc" = 0 ]; then
		i=$first
		while [ $i -lt $((first + $1)) ]; do
			p=MO-2026-K$(printf '%05d' $i)-IPE
			echo "$p" >>"$T/present"
			known "$p" "1 "
			i=$((i + 1))
		done
		npresent=$((npresent + $1))
	fi
}

pick_plan() { plan=$(sed -n "$((r2 % npresent + 1))p" "$T/present"); }

amend_op() { # WINDOW-VARIABLE
	recall "$plan"
	go "$1" amend "$plan" --set "goal.occupation=Pharmacy Technician $n" --reason "crash-$n" $AS
	echo "$n amend $rc $plan crash-$n" >>"$T/ops"
	if [ "$rc" = 0 ] && [ -n "$state" ]; then known "$plan" "$((${state%% *} + 1)) "
	else forget "$plan"; fi
}

sign_op() { # WINDOW-VARIABLE [AMEND-WINDOW-VARIABLE]
	# the role the newest version needs next (after a kill: from the database)
	recall "$plan"
	[ -n "$state" ] || state=$(sqlite3 -readonly "$DB" "select v.version || ' ' ||
		coalesce((select group_concat(role) from signature s where s.plan_id = v.plan_id
		and s.version = v.version), '') from plan_version v where v.plan_id = '$plan'
		order by v.version desc limit 1")
	ver=${state%% *}
	roles=${state#* }
	role=""
	if [ "$ver" = 1 ]; then need="client counselor supervisor"; else need="client counselor"; fi
	for r in $need; do
		case ",$roles," in *",$r,"*) ;; *) role=$r; break ;; esac
	done
	if [ -z "$role" ]; then
		amend_op "${2:-$1}"
		return
	fi
	case $role in
	client) name="Avery Testcase" ;; counselor) name="Jordan Example" ;; *) name="Riley Sample" ;;
	esac
	go "$1" sign "$plan" --role "$role" --name "$name" --identity "crash-$n" $AS
	echo "$n sign $rc $plan crash-$n" >>"$T/ops"
	if [ "$rc" = 0 ]; then known "$plan" "$ver ${roles:+$roles,}$role"; else forget "$plan"; fi
}

export_op() { # WINDOW-VARIABLE
	go "$1" export "$plan" -o "$T/x/$n.xml"
	echo "$n export $rc $plan $T/x/$n.xml" >>"$T/ops"
}

t "SIGKILL at random points of import, sign, amend and export ($KILLS kills, seed $SEED): what was reported is stored, nothing is half there"
DB=$T/vrtool.db
mkdir -p "$T/o" "$T/x"
run 0 vr --db "$DB" init
initial=$(sqlite3 "$DB" "select count(*) from audit")
: >"$T/ops"; : >"$T/present"
n=0; kills=0; nextcase=0; generated=1000; npresent=0; r2=0
start=$(date +%s)
gen_cases "$T/c" K 0 1000

# Calibration: each kind three times, not killed; a window is 1.5 times
# the quickest of the three (a slow fsync would stretch it needlessly).
calibrate() { # FUNCTION ARGS... -> $cal_w
	cal_w=
	for _ in 1 2 3; do
		n=$((n + 1)); a=$(now_us); "$@"; cal_d=$(( $(now_us) - a ))
		{ [ -z "$cal_w" ] || [ $cal_d -lt $cal_w ]; } && cal_w=$cal_d
	done
	cal_w=$((cal_w * 3 / 2))
}
calibrate import_op 3 none; w_small=$cal_w
calibrate import_op 60 none; w_big=$cal_w
plan=$(sed -n 1p "$T/present")
calibrate sign_op none; w_sign=$cal_w
calibrate amend_op none; w_amend=$cal_w
calibrate export_op none; w_export=$cal_w
kills=0
echo "     windows at the start (us): import $w_small, import of 60 $w_big, sign $w_sign, amend $w_amend, export $w_export"

awk -v s="$SEED" -v n="$MAXOPS" 'BEGIN { srand(s); for (i = 0; i < n; i++)
	printf "%d %d\n", int(rand() * 1000000), int(rand() * 1000000000) }' >"$T/rand"
exec 3<"$T/rand"
while [ $kills -lt "$KILLS" ] && read -r r1 r2 <&3; do
	n=$((n + 1))
	k=$((r1 % 20))
	if [ $k -le 8 ]; then
		import_op $((r1 % 6 + 1)) w_small
	elif [ $k = 9 ]; then
		import_op $((r1 % 21 + 50)) w_big
	else
		pick_plan
		if [ $k -le 15 ]; then sign_op w_sign w_amend
		elif [ $k -le 17 ]; then amend_op w_amend
		else export_op w_export
		fi
	fi
	# now and then, mid-run: a killed writer never leaves a damaged file
	if [ $((n % 100)) = 0 ]; then
		ic=$(sqlite3 "$DB" "PRAGMA integrity_check")
		[ "$ic" = ok ] || bad "integrity_check after operation $n: $ic"
		"$VR_BIN" --db "$DB" audit verify >/dev/null 2>&1 || bad "audit verify fails after operation $n"
	fi
done
exec 3<&-
ok test "$kills" -ge "$KILLS"

ok test "$(sqlite3 "$DB" "PRAGMA integrity_check")" = ok
ok test -z "$(sqlite3 "$DB" "PRAGMA foreign_key_check")"
run 0 vr --db "$DB" audit verify; out_has "the audit chain is whole"
python3 - "$DB" "$T/ops" "$T/o" "$initial" >"$T/check" 2>&1 <<'PY' || bad "$(cat "$T/check")"
import hashlib, json, os, re, sqlite3, sys
db, opsfile, outdir, initial = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
q = lambda sql, *a: con.execute(sql, a).fetchall()
one = lambda sql, *a: q(sql, *a)[0][0]
problems = []
def fail(msg):
    problems.append(msg)

audit = q("select action, object, detail from audit")
seen = {}  # (action, key) -> count, each audit entry counted once
for action, obj, detail in audit:
    # the audit log names a signature by id and an amendment's reason by its
    # hash (no personal text in the log): map them back to the operation
    if action == "sign":
        sid = int(re.search(r"\bsignature=(\d+)", detail).group(1))
        rows = q("select identity from signature where id = ?", sid)
        key = rows[0][0] if rows else "missing signature %d" % sid
    elif action == "amend":
        key = re.search(r"\breason_sha256=([0-9a-f]{64})", detail).group(1)
    elif action == "export":
        key = detail.rsplit(" to=", 1)[1]
    else:
        key = obj
    seen[(action, key)] = seen.get((action, key), 0) + 1
accounted = 0
stats = {k: [0, 0, 0, 0] for k in ("import", "sign", "amend", "export")}  # run, killed, there, reported
imported_line = re.compile(r"^imported \S+: case (\S+), \d+ new plan", re.M)

for line in open(opsfile):
    n, kind, rc, a, b = line.split()
    rc = int(rc)
    # (killed before its shell had set up the redirections: no files)
    read = lambda f: open(f).read() if os.path.exists(f) else ""
    out, err = read(os.path.join(outdir, n + ".out")), read(os.path.join(outdir, n + ".err"))
    st = stats[kind]
    st[0] += 1
    if rc == 137:
        st[1] += 1
    if kind == "import":
        first, count = int(a), int(b)
        ids = ["MO-2026-K%05d" % i for i in range(first, first + count)]
        said = set(imported_line.findall(out))
        reported = rc == 0 or "file(s) imported into" in out
        have = []
        for c in ids:
            parts = (one('select count(*) from "case" where id = ?', c),
                     one("select count(*) from person where id = ?", "P-MO-" + c[8:]),
                     one("select count(*) from plan where id = ?", c + "-IPE"),
                     one("select count(*) from plan_version where plan_id = ? and version = 1",
                         c + "-IPE"),
                     seen.get(("import", "case:" + c), 0))
            if len(set(parts)) != 1 or parts[0] not in (0, 1):
                fail("operation %s: case %s is half there (case, person, plan, "
                     "versions, audit entries: %s)" % (n, c, parts))
            have.append(parts[0])
            if c in said and not parts[0]:
                fail("operation %s said it imported %s, which is not in the database" % (n, c))
        if len(set(have)) != 1:
            fail("operation %s: a killed import is partly there: %d of %d cases"
                 % (n, sum(have), count))
        st[3] += reported
        if reported and not all(have):
            fail("operation %s reported its import done (exit %d) but cases are missing"
                 % (n, rc))
        if all(have):
            st[2] += 1
        accounted += sum(have)
    elif kind == "sign":
        nsig = one("select count(*) from signature where identity = ?", b)
        naud = seen.get(("sign", b), 0)
        if nsig not in (0, 1) or nsig != naud:
            fail("operation %s: %d signature(s) with identity %s, %d audit entries"
                 % (n, nsig, b, naud))
        st[3] += rc == 0 or "signed plan" in out
        if (rc == 0 or "signed plan" in out) and nsig != 1:
            fail("operation %s reported the signature (exit %d) but it is not stored" % (n, rc))
        st[2] += nsig
        accounted += naud
    elif kind == "amend":
        nver = one("select count(*) from plan_version where plan_id = ? and xml like ?",
                   a, "%<amendment_reason>" + b + "</amendment_reason>%")
        naud = seen.get(("amend", hashlib.sha256(b.encode()).hexdigest()), 0)
        if nver not in (0, 1) or nver != naud:
            fail("operation %s: %d version(s) with reason %s, %d audit entries"
                 % (n, nver, b, naud))
        st[3] += bool(rc == 0 or re.search(r"version \d+ created", out))
        if (rc == 0 or re.search(r"version \d+ created", out)) and nver != 1:
            fail("operation %s reported the amendment (exit %d) but it is not stored" % (n, rc))
        st[2] += nver
        accounted += naud
    elif kind == "export":
        naud = seen.get(("export", b), 0)
        exists = os.path.exists(b)
        if naud not in (0, 1):
            fail("operation %s: %d audit entries for one export" % (n, naud))
        if naud and not exists:
            fail("operation %s: the audit log records export to %s, which is not there" % (n, b))
        st[3] += rc == 0 or "exported plan" in err
        if (rc == 0 or "exported plan" in err) and not (exists and naud):
            fail("operation %s reported the export (exit %d) but file %s / audit %d"
                 % (n, rc, exists, naud))
        if exists:
            text = open(b).read()
            if not text.rstrip().endswith("</document>"):
                fail("operation %s: %s is a partial file" % (n, b))
            st[2] += 1
        accounted += naud

total = one("select count(*) from audit")
if total != initial + accounted:
    fail("the audit log has %d entries; the operations account for %d"
         % (total, initial + accounted))
cases = one('select count(*) from "case"')
if one("select count(*) from plan") != cases or one("select count(*) from person") != cases:
    fail("cases, persons and plans differ in number")
if one("select count(*) from plan_version") != cases + stats["amend"][2]:
    fail("plan versions: %d, expected %d" % (one("select count(*) from plan_version"),
                                             cases + stats["amend"][2]))
if one("select count(*) from signature") != stats["sign"][2]:
    fail("signatures: %d, expected %d" % (one("select count(*) from signature"),
                                          stats["sign"][2]))
for k, (ops, killed, landed, said) in stats.items():
    print("%-6s %4d run, %4d killed, %4d reported success and all %d are there; %4d there in all"
          % (k, ops, killed, said, said, landed))
print("audit entries: %d, all accounted for" % total if not problems else "")
if problems:
    print("\n".join(problems[:20]))
    sys.exit(1)
PY
sed 's/^/     /' "$T/check"
ntmp=$(ls "$T/x" | grep -c '\.tmp-')
echo "     windows at the end (us): import $w_small, import of 50-70 $w_big, sign $w_sign, amend $w_amend, export $w_export"
echo "     $kills kills in $n operations, $(( $(date +%s) - start )) s;" \
	"$ntmp export temp file(s) left by a kill between create and rename"

t "no vrtool process outlives the test (plugin workers die with a killed parent)"
i=0
while pgrep -f -- "$TOP" >/dev/null && [ $i -lt 20 ]; do sleep 0.1; i=$((i + 1)); done
if pgrep -f -- "$TOP" >/dev/null; then
	bad "processes left: $(pgrep -a -f -- "$TOP" | head -n 5)"
	for p in $(pgrep -f -- "$TOP"); do kill -9 "$p"; done
fi

done_testing
