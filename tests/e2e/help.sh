#!/bin/sh
# Options as data (src/cli/opts.h): each command's table drives the parser,
# `vrtool CMD --help`, `vrtool help CMD` and the man page's synopsis and
# option lists (`vrtool help --man`, spliced into docs/vrtool.1 by
# docs/man.sh). These tests hold them to each other: the shipped man page is
# what the tables make and troff reads it without a warning; every option a
# command's help lists is one its parser takes, and no other.
. tests/e2e/lib.inc

MAN=$ROOT/docs/vrtool.1

# The commands, as `vrtool help` lists them.
CMDS=$(vr help | awk '/^commands:/ { on = 1; next } on && /^$/ { exit }
	on && /^  [a-z]/ { print $1 }')

# The options a --help output (in $1) lists, one a line: "--name ARG" or
# "--name" for a flag; an alias as its own line ("-o ARG").
help_opts() {
	awk '/^options:$/ { on = 1; next }
	on {
		left = $0; sub(/^ +/, "", left)
		if (left !~ /^-/) next          # an explanation on a line of its own
		i = index(left, "  "); if (i) left = substr(left, 1, i - 1)
		n = split(left, w, " ")
		alias = ""; name = w[1]; arg = n > 1 ? " " w[2] : ""
		if (name ~ /,$/) {
			alias = substr(name, 1, length(name) - 1); name = w[2]
			arg = n > 2 ? " " w[3] : ""
		}
		print name arg
		if (alias != "") print alias arg
	}' "$1"
}

# A value a parser takes for an argument named $1.
value_for() {
	case $1 in
	DATE) echo 2026-01-02 ;;
	N) echo 1 ;;
	PATH=VALUE) echo goal.occupation=Pharmacist ;;
	*) echo x ;;
	esac
}

t "vrtool help lists every command; the man page has a section for each"
ok test "$(echo "$CMDS" | wc -l)" -ge 20
for c in $CMDS; do
	grep -qx "\\.SS $c" "$MAN" || bad "docs/vrtool.1 has no section .SS $c"
done

t "the man page's generated parts are what \`vrtool help --man\` prints"
run 0 vr help --man
sed -n '/^\.\\" generated: /,/^\.\\" end generated$/p' "$MAN" >"$T/shipped"
if ! cmp -s "$T/out" "$T/shipped"; then
	bad "docs/vrtool.1 is not what the option tables make: run sh docs/man.sh BUILD"
	diff "$T/shipped" "$T/out" | head -n 20 | sed 's/^/       /'
fi
# docs/man.sh, run on the shipped page, changes nothing
mkdir -p "$T/b" && ln -s "$VR_BIN" "$T/b/vrtool"
cp "$MAN" "$T/vrtool.1"
( cd "$ROOT" && MAN=$T/vrtool.1 sh docs/man.sh "$T/b" ) >"$T/out" 2>"$T/err" ||
	bad "docs/man.sh failed: $(cat "$T/err")"
ok cmp -s "$T/vrtool.1" "$MAN"

t "groff reads the man page without a warning"
if command -v groff >/dev/null 2>&1; then
	LC_ALL=C groff -ww -z -man "$MAN" >"$T/out" 2>"$T/err" || bad "groff failed"
	[ ! -s "$T/err" ] || { bad "groff warns:"; head -n 20 "$T/err" | sed 's/^/       /'; }
	# rendered, each command's own options read "--name arg", never run
	# together (the old synopsis showed --rolerole--namename)
	LC_ALL=C MANWIDTH=200 groff -man -Tascii -P-cbou -rLL=200n "$MAN" 2>/dev/null >"$T/page"
	for c in $CMDS; do
		run 0 vr "$c" --help
		help_opts "$T/out" | grep '^--' >"$T/takes"
		while read -r o a; do
			case $o in --db|--plugin-path|--help) continue ;; esac
			arg=$(printf '%s' "$a" | tr 'A-Z' 'a-z')
			grep -qF -- "$o${arg:+ $arg}" "$T/page" || bad "the rendered page lacks '$o${arg:+ $arg}' ($c)"
		done <"$T/takes"
	done
	ok test "$(grep -c -- '--rolerole' "$T/page")" = 0
else
	bad "groff is missing: make deps installs it (groff-base)"
fi
if command -v mandoc >/dev/null 2>&1; then
	mandoc -Tlint -Wwarning "$MAN" >"$T/err" 2>&1 || { bad "mandoc -Tlint:"; head -n 20 "$T/err" | sed 's/^/       /'; }
fi

t "CMD --help, -h and help CMD print the usage, the summary and every option"
for c in $CMDS; do
	run 0 vr "$c" --help
	out_has "usage: vrtool $c"
	out_has "options:"
	out_has "  -h, --help"
	cp "$T/out" "$T/help"
	run 0 vr help "$c"; ok cmp -s "$T/out" "$T/help"
	run 0 vr "$c" -h; ok cmp -s "$T/out" "$T/help"
	# each option line explains it: the option, then words (on the next
	# line when the option is wide)
	help_opts "$T/help" | grep '^--' >"$T/takes"
	while read -r o a; do
		grep -A1 -E -- "^  (-[a-z], |    )$o( [^ ]+)?( |\$)" "$T/help" >"$T/line"
		grep -E -q '[a-z]{2,} [a-z(]+' "$T/line" || bad "$c --help: no explanation of $o"
	done <"$T/takes"
	# and lists the command's own options before the shared ones, --help last
	ok test "$(help_opts "$T/help" | grep "^--" | tail -n 1)" = --help
done
run 0 vr help; out_has "commands:"; out_has "vrtool sign PLAN --role ROLE --identity HOW [options]"
run 0 vr --help; out_has "exit codes"
run 2 vr help frobnicate; err_has "unknown command 'frobnicate'"

t "the man page lists each command's options as its --help does"
run 0 vr help --man
cp "$T/out" "$T/man"
for c in $CMDS; do
	run 0 vr "$c" --help
	help_opts "$T/out" | grep '^--' | awk '{ print $1 }' |
		grep -v -x -e --db -e --plugin-path -e --help | sort >"$T/h"
	sed -n "/^\\.\\\\\" generated: $c options\$/,/^\\.\\\\\" end generated\$/p" "$T/man" |
		sed -n 's/^\(\\fB\\-[a-z]\\fR, \)\{0,1\}\\fB\(\\-\\-[a-z\\-]*\)\\fR.*/\2/p' |
		sed 's/\\-/-/g' | sort >"$T/m"
	cmp -s "$T/h" "$T/m" || { bad "$c: --help and the man page list different options"
		diff "$T/h" "$T/m" | sed 's/^/       /'; }
done

t "parsing takes exactly the options each command's --help lists"
all=$TOP/all-options
: >"$all"
for c in $CMDS; do
	run 0 vr "$c" --help; help_opts "$T/out" >>"$all"
done
sort -u "$all" -o "$all"
for c in $CMDS; do
	run 0 vr "$c" --help
	help_opts "$T/out" >"$T/takes"
	# each one it lists: as "--opt value" and "--opt=value" (then --help,
	# so the command prints its help and does nothing)
	while read -r o a; do
		if [ -n "$a" ]; then
			v=$(value_for "$a")
			run 0 vr "$c" "$o" "$v" --help
			case $o in --*) run 0 vr "$c" "$o=$v" --help ;; esac
		else
			run 0 vr "$c" "$o" --help
		fi
	done <"$T/takes"
	# each one another command takes, and it does not: refused
	awk '{ print $1 }' "$all" | sort -u >"$T/every"
	while read -r o; do
		grep -q -- "^$o\( \|\$\)" "$T/takes" && continue
		run 2 vr "$c" "$o" x
		err_has "vrtool $c: unknown option $o ($c takes "
		err_has "usage: vrtool $c"
	done <"$T/every"
done

t "an unknown option: exit 2, naming the command and what it takes"
run 2 vr check X --bogus; err_has "unknown option --bogus (check takes --all, --agency, --as-of, --json, --db, --plugin-path, --help)"
run 2 vr sign P --bogus=1 --role r; err_has "vrtool sign: unknown option --bogus (sign takes --role, --identity, --signer-id,"
run 2 vr schema --db x; err_has "unknown option --db (schema takes --help)"
run 2 vr amend P --reason r --identity "photo ID"; err_has "(amend takes --from, --set, --reason, --as-of, --db, --plugin-path, --help)"
run 2 vr plugin list -x; err_has "unknown option -x (plugin takes --format, --json, --plugin-path, --help)"

t "the forms the parser takes"
# --opt=value, a value after a flag, a value missing, a bad value
run 2 vr check X --agency; err_has "--agency needs a value"
run 2 vr check --all=yes; err_has "--all takes no value"
run 2 vr export P --version 0; err_has "--version takes a version number"
run 2 vr export P --version=two; err_has "--version takes a version number"
run 2 vr check X --as-of=2026-02-30; err_has "--as-of: "
run 2 vr amend P --reason r --set goal; err_has "--set takes PATH=VALUE"
# -o FILE, --out FILE, --out=FILE; the database before the command, in both forms
run 0 vr --db "$T/k.db" init
run 0 vr --db="$T/k.db" key export -o "$T/k1.pub"
run 0 vr key export --db "$T/k.db" --out "$T/k2.pub"
run 0 vr --plugin-path "$T" --db "$T/k.db" key export --out="$T/k3.pub"
ok cmp -s "$T/k1.pub" "$T/k2.pub"
ok cmp -s "$T/k1.pub" "$T/k3.pub"
# before the command's name every command takes them; after it, only
# those that use them
run 0 vr --db "$T/k.db" --plugin-path "$T" schema
run 2 vr schema --db "$T/k.db"; err_has "unknown option --db (schema takes --help)"
run 2 vr key export --plugin-path "$T"; err_has "unknown option --plugin-path (key takes"
run 0 vr --db "$T/k.db" help sign; out_has "usage: vrtool sign"
# repeatable --set, and `--` ending the options: amend sees both changes
run 0 vr init
run 0 vr import "$FIX/cases/mo-student-ssa.lua"
run 0 vr amend --reason "two changes" --set goal.occupation=Pharmacist \
	--set=goal.soc=29-2052.00 -- MO-2026-0001-IPE
run 0 vr diff MO-2026-0001-IPE 1 2
out_has "Pharmacist"
out_has "29-2052.00"
# vrtool run: after the script, only --db, --plugin-path and --as-of are
# vrtool's; the rest, --help and --json too, is the script's
printf 'io.write(table.concat(arg, " ", 1), "\\n")\n' >"$T/args.lua"
run 0 vr run "$T/args.lua" --csv --json --help x --as-of 2026-01-02 -- --db y
out_has "--csv --json --help x --db y"
run 2 vr run --csv "$T/args.lua"; err_has "unknown option --csv (run takes --as-of, --json, --db, --plugin-path, --help)"

done_testing
