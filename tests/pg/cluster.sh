#!/bin/sh
# A throwaway PostgreSQL cluster for the tests: one server, reached only
# through a Unix socket in DIR (no TCP port), trust authentication for that
# socket only, all of it removed by `stop`.
#
#   sh tests/pg/cluster.sh start DIR      initdb in DIR/data, start the server
#                                         (log: DIR/log), create the roles
#   sh tests/pg/cluster.sh stop DIR       stop the server (fast, then
#                                         immediate), remove DIR; works after a
#                                         half-failed start, and on a DIR that
#                                         is already gone
#   sh tests/pg/cluster.sh createdb DIR NAME
#                                         a database NAME owned by vrtool_owner;
#                                         prints its connection string,
#                                         postgresql:///NAME?host=DIR&user=vrtool_owner
#   sh tests/pg/cluster.sh dropdb DIR NAME...
#                                         drops them (even with sessions open)
#   sh tests/pg/cluster.sh env DIR        PGHOST=... lines to eval, for psql
#   sh tests/pg/cluster.sh status DIR     exit 0 when the server answers
#   sh tests/pg/cluster.sh standby DIR PRIMARY
#                                         a read-only hot standby in DIR,
#                                         streaming from the running cluster in
#                                         PRIMARY (pg_basebackup -R); stop it
#                                         with `stop DIR`
#   sh tests/pg/cluster.sh crash DIR      stops the server at once, as a power
#                                         cut would (pg_ctl stop -m immediate:
#                                         no checkpoint; recovery replays the
#                                         WAL), and starts it again
#
# Roles: vrtool_owner, the superuser (initdb -U), owns the databases;
# vrtool_writer, NOLOGIN, is the least-privilege role that the backend's
# migrations grant to when it exists; vrtool_staff, LOGIN, is a member of
# vrtool_writer (connect as it with user=vrtool_staff).
#
# PostgreSQL refuses to run as root. When run as root (the tests and CI are),
# the server runs as the system user vrtool-pg, created here if missing, and
# DIR is handed to it; clients (psql, vrtool) still connect as root through
# the socket. Otherwise the server runs as the calling user.
#
# The server binaries: $VR_PG_BINDIR if set, else the newest
# /usr/lib/postgresql/*/bin with initdb, else `pg_config --bindir`. The
# cluster is initialised with --locale=C and UTF8, so text sorts by bytes, as
# SQLite's default collation does. fsync and the other durability settings
# are the server's defaults. $VR_PG_CONF, if set, is appended to
# postgresql.conf (e.g. VR_PG_CONF="log_statement = 'all'").
set -u
unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGPASSWORD PGPASSFILE \
      PGSERVICE PGSERVICEFILE PGOPTIONS PGDATA PGSSLMODE PGCONNECT_TIMEOUT

PG_USER=vrtool-pg          # the system user the server runs as, when root
OWNER=vrtool_owner         # the cluster's superuser
PORT=5432                  # only names the socket file: DIR/.s.PGSQL.5432
MARK=.vrtool-pg-cluster    # marks DIR as ours, so that stop may remove it
START_TIMEOUT=${VR_PG_START_TIMEOUT:-30}

die() { echo "cluster.sh: $*" >&2; exit 1; }
say() { echo "cluster.sh: $*" >&2; }

usage() {
	awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0" >&2
	exit 2
}

# --- where things are -------------------------------------------------------

find_bindir() {
	if [ -n "${VR_PG_BINDIR:-}" ]; then
		[ -x "$VR_PG_BINDIR/initdb" ] && [ -x "$VR_PG_BINDIR/pg_ctl" ] || return 1
		echo "$VR_PG_BINDIR"; return 0
	fi
	_best=; _bestv=0
	for _d in /usr/lib/postgresql/*/bin; do
		if ! [ -x "$_d/initdb" ] || ! [ -x "$_d/pg_ctl" ] || ! [ -x "$_d/postgres" ]; then
			continue
		fi
		_v=$(basename "$(dirname "$_d")")
		case $_v in *[!0-9.]*|'') continue ;; esac
		_major=${_v%%.*}
		if [ "$_major" -gt "$_bestv" ]; then _best=$_d; _bestv=$_major; fi
	done
	if [ -z "$_best" ] && command -v pg_config >/dev/null 2>&1; then
		_d=$(pg_config --bindir 2>/dev/null) &&
			[ -x "$_d/initdb" ] && [ -x "$_d/pg_ctl" ] && _best=$_d
	fi
	[ -n "$_best" ] || return 1
	echo "$_best"
}

# DIR as an absolute path, without resolving it (it may not exist yet).
absdir() {
	case $1 in
	/*) _a=$1 ;;
	*) _a=$(pwd)/$1 ;;
	esac
	while :; do # trailing slashes off (but keep "/")
		case $_a in */) [ "$_a" = / ] && break; _a=${_a%/} ;; *) break ;; esac
	done
	echo "$_a"
}

# The directory goes into postgresql.conf (quoted) and into a URI (unencoded),
# and holds the socket, whose path the kernel limits to 107 bytes.
check_dirname() {
	case $1 in
	*[!A-Za-z0-9._/+-]*) die "$1: use a directory whose path has only letters, digits and . _ / + -" ;;
	/) die "refusing to use / as a cluster directory" ;;
	esac
	_sock=$1/.s.PGSQL.$PORT
	[ "${#_sock}" -le 100 ] || die "$1: path too long for a Unix socket (${#_sock} bytes with the socket's name, at most 100)"
}

# --- running as the unprivileged user ---------------------------------------

IS_ROOT=0
[ "$(id -u)" = 0 ] && IS_ROOT=1

ensure_user() {
	[ "$IS_ROOT" = 1 ] || return 0
	id -u "$PG_USER" >/dev/null 2>&1 && return 0
	command -v useradd >/dev/null 2>&1 || die "useradd not found: cannot create the user $PG_USER"
	# --user-group: its own group, whatever /etc/login.defs says.
	if ! useradd --system --no-create-home --user-group --home-dir /nonexistent \
	     --shell /usr/sbin/nologin --comment "vrtool test PostgreSQL" "$PG_USER" >&2; then
		# another start may have created it meanwhile
		id -u "$PG_USER" >/dev/null 2>&1 || die "useradd $PG_USER failed"
	fi
}

# as_pg CMD...: CMD as the server's user, in DIR (a cwd it can read).
as_pg() {
	if [ "$IS_ROOT" = 0 ]; then
		(cd "$DIR" && "$@")
	elif command -v runuser >/dev/null 2>&1; then
		(cd "$DIR" && runuser -u "$PG_USER" -- "$@")
	elif command -v setpriv >/dev/null 2>&1; then
		(cd "$DIR" && setpriv --reuid="$PG_USER" --regid="$PG_USER" --init-groups -- "$@")
	else
		die "neither runuser nor setpriv found: cannot run the server as $PG_USER"
	fi
}

bindir_of_cluster() { # the bindir that start recorded, else the newest
	if [ -f "$DIR/bindir" ]; then cat "$DIR/bindir"; else find_bindir; fi
}

log_tail() {
	if [ -s "$DIR/log" ]; then
		say "last lines of the server log $DIR/log:"
		tail -n 30 "$DIR/log" | sed 's/^/    /' >&2
	else
		say "(the server log $DIR/log is empty or missing)"
	fi
}

# psql as the superuser, on database $1, stopping at the first error.
sql() {
	_db=$1; shift
	"$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$DIR" -p "$PORT" -U "$OWNER" -d "$_db" "$@"
}

# --- commands ---------------------------------------------------------------

cmd_start() {
	if ! BIN=$(find_bindir); then
		[ -z "${VR_PG_BINDIR:-}" ] || die "VR_PG_BINDIR=$VR_PG_BINDIR has no initdb and pg_ctl"
		die "no PostgreSQL server binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin or pg_config --bindir: install the Debian package postgresql (make deps does)"
	fi
	if [ -e "$DIR" ]; then
		[ -d "$DIR" ] || die "$DIR exists and is not a directory"
		if [ -e "$DIR/data" ] || [ -e "$DIR/$MARK" ]; then
			die "$DIR already holds a cluster: stop it first (sh $0 stop $DIR)"
		fi
		[ -z "$(ls -A "$DIR")" ] || die "$DIR is not empty: give start a new or empty directory"
	fi
	mkdir -p "$DIR" || die "cannot create $DIR"
	: >"$DIR/$MARK" || die "cannot write in $DIR"
	echo "$BIN" >"$DIR/bindir" || die "cannot write $DIR/bindir"
	: >"$DIR/log" || die "cannot create $DIR/log"
	chmod 0700 "$DIR" || die "chmod $DIR failed"
	if [ "$IS_ROOT" = 1 ]; then
		ensure_user
		chown -R "$PG_USER:" "$DIR" || die "chown $PG_USER $DIR failed"
		as_pg test -w "$DIR" -a -x "$DIR" ||
			die "$PG_USER cannot write in $DIR: each directory above it must be searchable by others (o+x)"
	fi

	echo "== initdb $("$BIN/postgres" --version) in $DIR/data (as $(if [ "$IS_ROOT" = 1 ]; then echo "$PG_USER"; else id -un; fi))" >>"$DIR/log"
	if ! as_pg "$BIN/initdb" -D "$DIR/data" -U "$OWNER" --auth-local=trust --auth-host=reject \
	     -E UTF8 --locale=C >>"$DIR/log" 2>&1; then
		log_tail
		die "initdb failed in $DIR/data"
	fi
	# Only the socket, only this directory; trust only there (a throwaway).
	# shellcheck disable=SC2016 # $1 is the inner shell's
	if ! as_pg sh -c 'cat >>"$1/postgresql.conf" && printf "%s\n" \
	     "# vrtool tests: a Unix socket only, trusted (tests/pg/cluster.sh)" \
	     "local all all trust" "local replication all trust" >"$1/pg_hba.conf"' sh "$DIR/data" <<EOF
# --- vrtool tests (tests/pg/cluster.sh) ---
listen_addresses = ''
unix_socket_directories = '$DIR'
unix_socket_permissions = 0700
port = $PORT
max_connections = 100
${VR_PG_CONF:-}
EOF
	then
		die "cannot write $DIR/data/postgresql.conf and pg_hba.conf"
	fi

	echo "== pg_ctl start" >>"$DIR/log"
	if ! as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -t "$START_TIMEOUT" start >/dev/null 2>"$DIR/pg_ctl.err"; then
		sed 's/^/    /' "$DIR/pg_ctl.err" >&2
		log_tail
		# Leave no server starting behind; DIR stays for `stop` to remove.
		as_pg "$BIN/pg_ctl" -D "$DIR/data" -m immediate -t 10 stop >/dev/null 2>&1
		die "the server in $DIR did not start (pg_ctl waits up to ${START_TIMEOUT}s)"
	fi
	if ! "$BIN/pg_isready" -q -h "$DIR" -p "$PORT" -U "$OWNER" -d postgres; then
		log_tail
		die "the server in $DIR started but does not answer on its socket"
	fi
	if ! sql postgres >"$DIR/roles.err" 2>&1 <<'EOF'
CREATE ROLE vrtool_writer NOLOGIN;
CREATE ROLE vrtool_staff LOGIN IN ROLE vrtool_writer;
EOF
	then
		sed 's/^/    /' "$DIR/roles.err" >&2
		die "creating the roles vrtool_writer and vrtool_staff failed"
	fi
	rm -f "$DIR/pg_ctl.err" "$DIR/roles.err"
	say "started PostgreSQL $("$BIN/postgres" --version | awk "{ print \$3 }") in $DIR (socket only; log $DIR/log)"
}

# The postmaster's pid, from its pid file, if that process is still alive.
postmaster_pid() {
	[ -f "$DIR/data/postmaster.pid" ] || return 1
	_pid=$(head -n 1 "$DIR/data/postmaster.pid" 2>/dev/null)
	case $_pid in ''|*[!0-9]*) return 1 ;; esac
	kill -0 "$_pid" 2>/dev/null || return 1
	echo "$_pid"
}

cmd_stop() {
	if [ ! -e "$DIR" ]; then
		return 0 # nothing to do: already stopped and removed
	fi
	[ -d "$DIR" ] || die "$DIR is not a directory"
	if [ ! -e "$DIR/$MARK" ] && [ -n "$(ls -A "$DIR")" ]; then
		die "$DIR was not made by cluster.sh start (no $MARK): not removing it"
	fi
	rc=0
	if [ -f "$DIR/data/postmaster.pid" ]; then
		if BIN=$(bindir_of_cluster); then
			if ! as_pg "$BIN/pg_ctl" -D "$DIR/data" -m fast -t 30 stop >/dev/null 2>"$DIR/stop.err"; then
				if postmaster_pid >/dev/null; then
					say "fast shutdown failed; immediate shutdown"
					sed 's/^/    /' "$DIR/stop.err" >&2
					as_pg "$BIN/pg_ctl" -D "$DIR/data" -m immediate -t 30 stop >/dev/null 2>&1
				fi
			fi
		fi
		# Last resort: the postmaster this cluster recorded, by its pid.
		if pid=$(postmaster_pid); then
			say "server $pid still running; killing it"
			kill -KILL "$pid" 2>/dev/null
			i=0
			while kill -0 "$pid" 2>/dev/null && [ "$i" -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
			if kill -0 "$pid" 2>/dev/null; then
				say "server $pid does not die"; rc=1
			fi
		fi
	fi
	if [ "$rc" = 0 ]; then
		rm -rf "$DIR" || { say "cannot remove $DIR"; rc=1; }
	fi
	[ "$rc" = 0 ] || log_tail
	return "$rc"
}

check_dbname() {
	case $1 in
	''|[!a-z_]*|*[!a-z0-9_]*) die "database name '$1': use lower-case letters, digits and _, starting with a letter" ;;
	esac
	[ "${#1}" -le 63 ] || die "database name '$1' is longer than 63 bytes"
}

running() {
	BIN=$(bindir_of_cluster) || die "no PostgreSQL binaries found"
	[ -S "$DIR/.s.PGSQL.$PORT" ] || die "no server socket in $DIR: start the cluster first"
}

cmd_createdb() {
	check_dbname "$1"; running
	sql postgres -c "CREATE DATABASE \"$1\" OWNER $OWNER" >/dev/null ||
		die "CREATE DATABASE $1 failed on the cluster in $DIR"
	echo "postgresql:///$1?host=$DIR&user=$OWNER"
}

cmd_dropdb() { # NAME...: one session; each DROP in its own transaction
	for _n in "$@"; do check_dbname "$_n"; done
	running
	for _n in "$@"; do
		echo "DROP DATABASE IF EXISTS \"$_n\" WITH (FORCE);"
	done | sql postgres >/dev/null ||
		die "DROP DATABASE failed on the cluster in $DIR (of: $*)"
}

cmd_env() {
	# values hold only [A-Za-z0-9._/+-] (check_dirname), so need no quoting
	echo "PGHOST=$DIR; PGPORT=$PORT; PGUSER=$OWNER; PGDATABASE=postgres"
	echo "export PGHOST PGPORT PGUSER PGDATABASE"
}

cmd_status() {
	BIN=$(bindir_of_cluster) || die "no PostgreSQL binaries found"
	"$BIN/pg_isready" -q -h "$DIR" -p "$PORT" -U "$OWNER" -d postgres
}

cmd_standby() { # PRIMARY: the running cluster it streams from
	PRIMARY=$(absdir "$1")
	check_dirname "$PRIMARY"
	BIN=$(cat "$PRIMARY/bindir" 2>/dev/null) || die "$PRIMARY holds no cluster of cluster.sh"
	[ -S "$PRIMARY/.s.PGSQL.$PORT" ] || die "no server socket in $PRIMARY: start it first"
	[ ! -e "$DIR" ] || [ -z "$(ls -A "$DIR")" ] || die "$DIR is not empty"
	mkdir -p "$DIR" && : >"$DIR/$MARK" && echo "$BIN" >"$DIR/bindir" && : >"$DIR/log" &&
		chmod 0700 "$DIR" || die "cannot prepare $DIR"
	if [ "$IS_ROOT" = 1 ]; then
		chown -R "$PG_USER:" "$DIR" || die "chown $PG_USER $DIR failed"
	fi
	echo "== pg_basebackup -R from $PRIMARY" >>"$DIR/log"
	if ! as_pg "$BIN/pg_basebackup" -h "$PRIMARY" -p "$PORT" -U "$OWNER" -D "$DIR/data" -R \
	     -X stream >>"$DIR/log" 2>&1; then
		log_tail
		die "pg_basebackup from $PRIMARY failed"
	fi
	# its own socket (later lines of postgresql.conf win over the primary's)
	if ! as_pg sh -c 'printf "%s\n" "# --- the standby (tests/pg/cluster.sh) ---" \
	     "unix_socket_directories = '"'"'$2'"'"'" "hot_standby = on" >>"$1/postgresql.conf"' \
	     sh "$DIR/data" "$DIR"; then
		die "cannot write $DIR/data/postgresql.conf"
	fi
	if ! as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -t "$START_TIMEOUT" start \
	     >/dev/null 2>&1; then
		log_tail
		die "the standby in $DIR did not start"
	fi
	say "started a hot standby of $PRIMARY in $DIR"
}

cmd_crash() {
	running
	as_pg "$BIN/pg_ctl" -D "$DIR/data" -m immediate -t 30 stop >/dev/null 2>&1 ||
		die "pg_ctl stop -m immediate failed in $DIR"
	say "stopped the server in $DIR at once (immediate)"
	if ! as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -t "$START_TIMEOUT" start \
	     >/dev/null 2>&1; then
		log_tail
		die "the server in $DIR did not start again after an immediate stop"
	fi
	say "started it again (crash recovery done)"
}

[ $# -ge 2 ] || usage
CMD=$1
DIR=$(absdir "$2")
check_dirname "$DIR"
shift 2
case $CMD in
start)    [ $# = 0 ] || usage; cmd_start ;;
stop)     [ $# = 0 ] || usage; cmd_stop ;;
createdb) [ $# = 1 ] || usage; cmd_createdb "$1" ;;
dropdb)   [ $# -ge 1 ] || usage; cmd_dropdb "$@" ;;
env)      [ $# = 0 ] || usage; cmd_env ;;
status)   [ $# = 0 ] || usage; cmd_status ;;
crash)    [ $# = 0 ] || usage; cmd_crash ;;
standby)  [ $# = 1 ] || usage; cmd_standby "$1" ;;
*) usage ;;
esac
