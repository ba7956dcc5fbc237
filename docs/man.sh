#!/bin/sh
# Regenerates the generated parts of docs/vrtool.1 from the option tables
# (src/cli/cmd_*.c, src/cli/opts.c), through the binary in BUILD (default
# build/): `sh docs/man.sh [BUILD]` (MAN=FILE: another copy of the page).
#
# `vrtool help --man` prints blocks, each between a line
# `.\" generated: NAME` and a line `.\" end generated`; the block of the
# same NAME in docs/vrtool.1 is replaced, and everything between blocks
# (the prose) is kept. A block without a place in the page, or a place
# without a block, is an error: add or remove the two marker lines where the
# command's synopsis and options go, and run this again.
# tests/e2e/help.sh checks that the page's blocks are what the binary prints.
set -eu
BUILD=${1:-build}
MAN=${MAN:-docs/vrtool.1}
gen=$(mktemp "${TMPDIR:-/tmp}/vrtool-man.XXXXXX")
trap 'rm -f "$gen" "$gen.new"' EXIT
"$BUILD/vrtool" help --man >"$gen"
awk -v gen="$gen" '
	BEGIN {
		while ((getline line < gen) > 0) {
			if (line ~ /^\.\\" generated: /) { name = substr(line, 16); order[++n] = name }
			block[name] = block[name] line "\n"
		}
	}
	/^\.\\" generated: / {
		name = substr($0, 16)
		if (!(name in block)) { print "man.sh: " FILENAME " has a block `" name "` the tables do not make" > "/dev/stderr"; bad = 1 }
		printf "%s", block[name]; used[name] = 1; skip = 1; next
	}
	skip && /^\.\\" end generated$/ { skip = 0; next }
	!skip { print }
	END {
		for (i = 1; i <= n; i++)
			if (!(order[i] in used)) {
				print "man.sh: no place in " FILENAME " for `" order[i] "`: add the lines" > "/dev/stderr"
				print "  .\\\" generated: " order[i] "\n  .\\\" end generated" > "/dev/stderr"
				bad = 1
			}
		exit bad
	}' "$MAN" >"$gen.new"
cat "$gen.new" >"$MAN"
echo "man.sh: $MAN regenerated"
