#!/usr/bin/env bash
# ./huzhu bench [--settlement-sizes 10000,100000,1000000] [--intake-seconds 30] [--letter-seconds 10]
# Starts a PostgreSQL and a WildFly of the benchmark's own (HUZHU_HOME/bench, ports offset by 700, database on
# 5440), runs the benchmark program against them, prints the table, writes it to target/benchmarks.md and stops
# both. Every run starts from an empty database. See docs/benchmarks.md.
set -euo pipefail
HUZHU_ROOT=${HUZHU_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
# shellcheck source=bin/huzhu-lib.sh
source "$HUZHU_ROOT/bin/huzhu-lib.sh"

export HUZHU_HOME=${HUZHU_HOME:-$HUZHU_ROOT/.huzhu}/bench
offset=${HUZHU_BENCH_PORT_OFFSET:-700}
export HUZHU_DB_PORT=${HUZHU_BENCH_DB_PORT:-5440} HUZHU_DB_USER=huzhu HUZHU_DB_PASSWORD=huzhu-bench
export HUZHU_PROFILE=test HUZHU_SETTLEMENT_SCHEDULE=none
HUZHU_ADMIN_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+='); export HUZHU_ADMIN_PASSWORD
export HUZHU_PUBLIC_URL=http://localhost:$((8080 + offset))/huzhu HUZHU_UNION_NAME=基准县总工会
export HUZHU_KEYS_DIR=$HUZHU_HOME/keys HUZHU_FILES_DIR=$HUZHU_HOME/files
output=$HUZHU_ROOT/target/benchmarks.md

find_jdk
! curl -s -o /dev/null "$HUZHU_PUBLIC_URL/" || die "port $((8080 + offset)) is in use: set HUZHU_BENCH_PORT_OFFSET"
# HUZHU_BENCH_BUILD=no: the checkout was built already (e.g. under a lock shared with other builds on this machine)
if [ "${HUZHU_BENCH_BUILD:-yes}" != no ]; then
    say "building Huzhu and the benchmarks (mvn install, tests skipped)"
    mvn_quiet install -DskipTests
fi
# Other checkouts on this machine install the same snapshot versions into ~/.m2: take Huzhu's own classes
# from this checkout's target directories, and only the libraries from the local repository.
mvn_quiet -pl benchmarks dependency:build-classpath -DexcludeGroupIds=org.huzhu \
    -Dmdep.outputFile="$HUZHU_ROOT/benchmarks/target/classpath.txt"
classpath=$HUZHU_ROOT/benchmarks/target/classes:$HUZHU_ROOT/ejb/target/classes:$(cat "$HUZHU_ROOT/benchmarks/target/classpath.txt")
ensure_downloads
ensure_pg_binaries

pgdata=$HUZHU_HOME/pgdata
[ -d "$pgdata" ] && pg_stop "$pgdata"
rm -rf "$pgdata" "$HUZHU_FILES_DIR"
mkdir -p "$HUZHU_FILES_DIR"
pg_init "$pgdata"
pg_start "$pgdata" "$HUZHU_DB_PORT"
wildfly=$HUZHU_HOME/wildfly wildfly_pid="" server_pid=""
stop_all() {
    trap - INT TERM EXIT
    if [ -n "$wildfly_pid" ] && kill -0 "$wildfly_pid" 2>/dev/null; then
        say "stopping WildFly"
        # standalone.sh does not pass a signal on to the server JVM it started: stop that JVM itself
        "$wildfly/bin/jboss-cli.sh" --connect --controller="localhost:$((9990 + offset))" --command=:shutdown >/dev/null 2>&1 \
            || kill ${server_pid:+"$server_pid"} "$wildfly_pid" 2>/dev/null || true
        wait "$wildfly_pid" 2>/dev/null || true
    fi
    say "stopping PostgreSQL"
    pg_stop "$pgdata"
}
trap stop_all INT TERM EXIT

ensure_signing_keys "$HUZHU_KEYS_DIR"
prepare_wildfly "$wildfly"
rm -rf "$wildfly/standalone/data/timer-service-data" "$wildfly/standalone/deployments/huzhu.ear"*
cp "$HUZHU_ROOT/ear/target/huzhu.ear" "$wildfly/standalone/deployments/huzhu.ear"
say "starting WildFly $HUZHU_WILDFLY_VERSION with its default heap (log: $wildfly/standalone/log/server.log)"
"$wildfly/bin/standalone.sh" -c standalone-full.xml -Djboss.socket.binding.port-offset="$offset" \
    > "$HUZHU_HOME/wildfly-console.log" 2>&1 &
launcher_pid=$!
wildfly_pid=$launcher_pid
wait_for_health "$HUZHU_PUBLIC_URL/api/v1/health" "$wildfly_pid" \
    || die "Huzhu did not come up; see $wildfly/standalone/log/server.log"
# standalone.sh runs the server JVM as its child: that JVM is the one to watch
server_pid=$(pgrep -P "$launcher_pid" java | head -1)
server_heap=$(tr '\0' '\n' < "/proc/$server_pid/cmdline" | grep -E '^-Xm[sx]' | tr '\n' ' ')

machine() {
    cat <<MACHINE
Run of $(date -u '+%Y-%m-%d %H:%M UTC') on $(hostname): $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), \
$(free -g | awk '/^Mem:/ {print $2}') GiB memory, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), \
PostgreSQL $HUZHU_PG_BINARIES_VERSION (embedded, default settings), WildFly $HUZHU_WILDFLY_VERSION (server heap: $server_heap).
Load average $1: $(cut -d' ' -f1-3 /proc/loadavg).

MACHINE
}
before=$(machine before)
say "running the benchmarks"
table=$(mktemp)
"$JAVA_HOME/bin/java" -Xmx2g -cp "$classpath" \
    org.huzhu.benchmarks.Benchmarks --url "$HUZHU_PUBLIC_URL" \
    --db-url "jdbc:postgresql://127.0.0.1:$HUZHU_DB_PORT/huzhu" --db-user "$HUZHU_DB_USER" --db-password "$HUZHU_DB_PASSWORD" \
    --admin-password "$HUZHU_ADMIN_PASSWORD" --keys "$HUZHU_KEYS_DIR" \
    --wildfly-pid "$server_pid" --postmaster-pid "$(head -1 "$pgdata/postmaster.pid")" --output "$table" "$@"
mkdir -p "$(dirname "$output")"
{ echo "$before"; echo "$(machine after | tail -2)"; echo; cat "$table"; } > "$output"
rm -f "$table"
say "written to $output"
