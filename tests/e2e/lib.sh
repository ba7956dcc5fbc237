# Helpers for end-to-end tests: run the real vrtool binary ($VR_BIN) on
# temporary databases and check exit codes, output and files.
#
#   t "what is tested"           starts a test (a fresh temp dir in $T)
#   run CODE cmd args...         runs cmd, fails the test unless it exits CODE;
#                                stdout in $T/out, stderr in $T/err
#   out_has TEXT / err_has TEXT  fixed-string search in the last output
#   out_lacks TEXT               the opposite
#   ok CONDITION-COMMAND...      any command that must succeed
#   done_testing                 prints "N passed, N failed", sets exit code
set -u
VR_BIN=${VR_BIN:-build/vrtool}
case $VR_BIN in /*) ;; *) VR_BIN=$(pwd)/$VR_BIN ;; esac
VR_VG=${VR_VG:-}
ROOT=$(pwd)
FIX=$ROOT/tests/fixtures
TOP=$(mktemp -d "${TMPDIR:-/tmp}/vrtool-e2e.XXXXXX")
trap 'rm -rf "$TOP"' EXIT
export VRTOOL_ACTOR=e2e-test
unset VRTOOL_DB VRTOOL_PLUGIN_PATH VRTOOL_DATADIR

_pass=0
_fail=0
_name=""
_ok=1
_n=0

_finish() {
	[ -n "$_name" ] || return 0
	if [ "$_ok" = 1 ]; then
		_pass=$((_pass + 1)); echo "ok   - $_name"
	else
		_fail=$((_fail + 1)); echo "FAIL - $_name"
	fi
}

t() {
	_finish
	_name=$1; _ok=1; _n=$((_n + 1))
	T=$TOP/t$_n; mkdir -p "$T"
	export VRTOOL_DB=$T/vrtool.db
}

bad() {
	_ok=0
	echo "     $*"
}

vr() { # the binary, under valgrind when asked
	$VR_VG "$VR_BIN" "$@"
}

run() {
	want=$1; shift
	"$@" >"$T/out" 2>"$T/err"
	got=$?
	if [ "$got" != "$want" ]; then
		bad "'$*' exited $got, expected $want"
		sed 's/^/       out: /' "$T/out" | head -n 15
		sed 's/^/       err: /' "$T/err" | head -n 15
	fi
}

out_has() { grep -qF -- "$1" "$T/out" || { bad "stdout lacks: $1"; sed 's/^/       out: /' "$T/out" | head -n 20; }; }
err_has() { grep -qF -- "$1" "$T/err" || { bad "stderr lacks: $1"; sed 's/^/       err: /' "$T/err" | head -n 20; }; }
out_lacks() { if grep -qF -- "$1" "$T/out"; then bad "stdout has: $1"; fi; }
ok() { "$@" || bad "failed: $*"; }

# A fingerprint of a database: its file and WAL bytes.
dbsum() {
	cat "$1" "$1-wal" 2>/dev/null | sha256sum | cut -c1-64
}

json_ok() { # file holds valid JSON
	python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$1" 2>/dev/null ||
		bad "not valid JSON: $1"
}

done_testing() {
	_finish
	echo "$_pass passed, $_fail failed"
	[ "$_fail" = 0 ]
}
