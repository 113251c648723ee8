#!/usr/bin/env bash
# Parley's local Kafka, without Docker: Apache Kafka jars from Maven Central, one combined KRaft node
# (broker + controller) listening on loopback only. See docs/kafka.md.
#
#   bash scripts/kafka.sh fetch           copy the pinned Kafka jars into .kafka/libs (Maven; idempotent)
#   bash scripts/kafka.sh start           fetch if needed, format storage on first start, start, wait
#   bash scripts/kafka.sh stop            graceful stop (SIGTERM, SIGKILL after KAFKA_STOP_SECONDS)
#   bash scripts/kafka.sh status          "running" (exit 0) or "not running" (exit 3)
#   bash scripts/kafka.sh wait            wait until the broker answers Kafka API requests
#   bash scripts/kafka.sh logs [-f]       last KAFKA_LOG_LINES lines of the server log (-f follows)
#
# Environment:
#   KAFKA_PORT              broker port (default 9092)
#   KAFKA_CONTROLLER_PORT   KRaft controller port (default 9093 for port 9092, otherwise KAFKA_PORT+1)
#   KAFKA_WAIT_SECONDS      how long start/wait wait for the broker to answer (default 90)
#   KAFKA_STOP_SECONDS      how long stop waits after SIGTERM before SIGKILL (default 30)
#   KAFKA_HEAP_OPTS         JVM heap (default "-Xms256m -Xmx768m")
#   KAFKA_JVM_EXTRA_OPTS    extra JVM options appended to the defaults
#   KAFKA_CLUSTER_ID        cluster id used when formatting a new data dir (default: a fixed id)
#   KAFKA_LOG_LINES         lines shown by `logs` and on failures (default 100 / 40)
#   PARLEY_KAFKA_HOME       where jars, data and logs live (default <repo>/.kafka, git-ignored)
set -euo pipefail

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd -- "$SCRIPT_DIR/.." && pwd)"
CONF_DIR="$SCRIPT_DIR/kafka"
POM="$CONF_DIR/pom.xml"

KAFKA_HOME_DIR="${PARLEY_KAFKA_HOME:-$REPO_ROOT/.kafka}"
LIBS_DIR="$KAFKA_HOME_DIR/libs"
LOG_DIR="$KAFKA_HOME_DIR/logs"

PORT="${KAFKA_PORT:-9092}"
if [[ -n "${KAFKA_CONTROLLER_PORT:-}" ]]; then
  CTL_PORT="$KAFKA_CONTROLLER_PORT"
elif [[ "$PORT" == 9092 ]]; then
  CTL_PORT=9093
else
  CTL_PORT=$((PORT + 1))
fi
BOOTSTRAP="127.0.0.1:$PORT"
DATA_DIR="$KAFKA_HOME_DIR/data-$PORT"
CONFIG_FILE="$KAFKA_HOME_DIR/config/server-$PORT.properties"
PID_FILE="$KAFKA_HOME_DIR/kafka-$PORT.pid"
SERVER_LOG="$LOG_DIR/server-$PORT.log"
STDOUT_LOG="$LOG_DIR/stdout-$PORT.log"
WAIT_SECONDS="${KAFKA_WAIT_SECONDS:-90}"
STOP_SECONDS="${KAFKA_STOP_SECONDS:-30}"
HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx768m}"
# 16 bytes "ParleyLocalKafka", base64url without padding: a valid, recognisable Kafka cluster id.
CLUSTER_ID="${KAFKA_CLUSTER_ID:-UGFybGV5TG9jYWxLYWZrYQ}"
# Marker on the broker's command line: finds our process even without a pid file, and makes sure a
# pid from a stale pid file really is our broker before we signal it.
PROC_MARK="-Dparley.kafka.id=$KAFKA_HOME_DIR:$PORT"

log() { printf 'kafka.sh: %s\n' "$*"; }
warn() { printf 'kafka.sh: %s\n' "$*" >&2; }
die() { printf 'kafka.sh: error: %s\n' "$*" >&2; exit 1; }

usage() {
  sed -n '2,21p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

check_ports() {
  local p
  for p in "$PORT" "$CTL_PORT"; do
    if ! [[ "$p" =~ ^[0-9]+$ ]] || ((p < 1 || p > 65535)); then
      die "invalid port '$p' (KAFKA_PORT / KAFKA_CONTROLLER_PORT)"
    fi
  done
  [[ "$PORT" != "$CTL_PORT" ]] || die "KAFKA_PORT and KAFKA_CONTROLLER_PORT must differ (both $PORT)"
}

pom_property() {
  sed -n "s:.*<$1>\\(.*\\)</$1>.*:\\1:p" "$POM" | head -n 1
}
KAFKA_VERSION="$(pom_property kafka.version)"
LOG4J_VERSION="$(pom_property log4j.version)"
[[ -n "$KAFKA_VERSION" && -n "$LOG4J_VERSION" ]] || die "cannot read kafka.version/log4j.version from $POM"
STAMP_FILE="$LIBS_DIR/.fetched-kafka-$KAFKA_VERSION"

java_bin() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    printf '%s\n' "$JAVA_HOME/bin/java"
  elif command -v java >/dev/null 2>&1; then
    command -v java
  else
    die "Java 17+ is required (no java on PATH and no JAVA_HOME); e.g. apt-get install openjdk-17-jre-headless"
  fi
}

check_java() {
  local java version major
  java="$(java_bin)"
  version="$("$java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)"
  major="${version%%.*}"
  [[ "$major" == 1 ]] && major="$(cut -d. -f2 <<<"$version")"
  [[ "$major" =~ ^[0-9]+$ ]] || die "cannot tell the Java version of $java (got '$version')"
  ((major >= 17)) || die "Kafka $KAFKA_VERSION needs Java 17+, but $java is Java $version"
}

pom_hash() { sha256sum "$POM" | cut -d' ' -f1; }

is_fetched() {
  [[ -f "$STAMP_FILE" && "$(cat "$STAMP_FILE")" == "$(pom_hash)" && -f "$LIBS_DIR/kafka_2.13-$KAFKA_VERSION.jar" ]]
}

cmd_fetch() {
  mkdir -p "$KAFKA_HOME_DIR"
  exec 8>"$KAFKA_HOME_DIR/.fetch.lock"
  flock -w 600 8 || die "another fetch holds $KAFKA_HOME_DIR/.fetch.lock"
  if is_fetched; then
    log "Kafka $KAFKA_VERSION already fetched into ${LIBS_DIR#"$REPO_ROOT"/}"
    exec 8>&-
    return 0
  fi
  command -v mvn >/dev/null 2>&1 || die "Maven (mvn) is required to fetch Kafka; e.g. apt-get install maven"
  log "fetching Kafka $KAFKA_VERSION + log4j-slf4j-impl $LOG4J_VERSION from Maven Central into ${LIBS_DIR#"$REPO_ROOT"/} ..."
  local staging="$KAFKA_HOME_DIR/libs.staging" started=$SECONDS
  rm -rf "$staging"
  if ! mvn -q -B -Dstyle.color=never -f "$POM" -Dkafka.home="$KAFKA_HOME_DIR" -Dkafka.libs.dir="$staging" \
    dependency:copy-dependencies </dev/null; then
    rm -rf "$staging"
    die "Maven could not fetch Kafka $KAFKA_VERSION (see the Maven output above)"
  fi
  # Kafka's POMs omit the SLF4J binding; log4j-slf4j-impl must match the log4j-core they bring.
  [[ -f "$staging/kafka_2.13-$KAFKA_VERSION.jar" ]] || die "kafka_2.13-$KAFKA_VERSION.jar missing after fetch"
  [[ -f "$staging/log4j-slf4j-impl-$LOG4J_VERSION.jar" ]] || die "log4j-slf4j-impl-$LOG4J_VERSION.jar missing after fetch"
  local core
  core="$(find "$staging" -maxdepth 1 -name 'log4j-core-*.jar' -printf '%f\n' | head -n 1)"
  [[ "$core" == "log4j-core-$LOG4J_VERSION.jar" ]] ||
    die "Kafka $KAFKA_VERSION brings ${core:-no log4j-core}; set log4j.version in $POM to match"
  pom_hash >"$staging/.fetched-kafka-$KAFKA_VERSION"
  rm -rf "$LIBS_DIR" "$KAFKA_HOME_DIR/maven-target"
  mv "$staging" "$LIBS_DIR"
  log "fetched $(find "$LIBS_DIR" -name '*.jar' | wc -l) jars ($(du -sh "$LIBS_DIR" | cut -f1)) in $((SECONDS - started)) s"
  exec 8>&-
}

# --- process helpers -------------------------------------------------------------------------------

is_our_broker() { # pid -> 0 if that process is the broker of this checkout and port
  local pid="$1"
  [[ -r "/proc/$pid/cmdline" ]] || return 1
  # (process substitution, not a pipe: with pipefail, grep -q closing early could fail the pipe)
  grep -Fxq -- "$PROC_MARK" < <(tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null)
}

find_pid() { # prints the broker pid (pid file first, then a scan of /proc), or nothing
  local pid
  if [[ -f "$PID_FILE" ]]; then
    pid="$(tr -dc '0-9' <"$PID_FILE")"
    if [[ -n "$pid" ]] && is_our_broker "$pid"; then
      printf '%s\n' "$pid"
      return 0
    fi
  fi
  for pid in /proc/[0-9]*; do
    pid="${pid#/proc/}"
    if is_our_broker "$pid"; then
      printf '%s\n' "$pid"
      return 0
    fi
  done
  return 0
}

tcp_open() { # port -> 0 if something accepts TCP connections on 127.0.0.1:port
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

node_bin() {
  command -v node >/dev/null 2>&1 || die "Node.js is required (scripts/kafka/probe.js checks that the broker answers)"
  command -v node
}

answers_once() { # 0 if a broker answers Kafka API requests on the port right now
  "$(node_bin)" "$CONF_DIR/probe.js" --once --brokers "$BOOTSTRAP" >/dev/null 2>&1
}

show_last_logs() {
  local lines="${KAFKA_LOG_LINES:-40}" f
  for f in "$STDOUT_LOG" "$SERVER_LOG"; do
    if [[ -s "$f" ]]; then
      warn "---- last $lines lines of ${f#"$REPO_ROOT"/} ----"
      tail -n "$lines" "$f" >&2
    fi
  done
}

# wait_for_broker [pid]: until the broker answers Kafka API requests, the pid exits, or time runs out.
wait_for_broker() {
  local pid="${1:-}" rc=0
  log "waiting up to ${WAIT_SECONDS}s for Kafka to answer on $BOOTSTRAP ..."
  "$(node_bin)" "$CONF_DIR/probe.js" --brokers "$BOOTSTRAP" --timeout "$WAIT_SECONDS" ${pid:+--pid "$pid"} || rc=$?
  case "$rc" in
    0) return 0 ;;
    3) warn "the broker process ${pid} exited during startup" ;;
    *) warn "Kafka did not answer on $BOOTSTRAP within ${WAIT_SECONDS}s" ;;
  esac
  show_last_logs
  return 1
}

render_config() {
  mkdir -p "$(dirname "$CONFIG_FILE")" "$DATA_DIR" "$LOG_DIR"
  local tmp="$CONFIG_FILE.tmp"
  {
    printf '# GENERATED by scripts/kafka.sh from scripts/kafka/server.properties.template; do not edit.\n'
    sed -e "s|@PORT@|$PORT|g" -e "s|@CONTROLLER_PORT@|$CTL_PORT|g" -e "s|@DATA_DIR@|$DATA_DIR|g" \
      "$CONF_DIR/server.properties.template"
  } >"$tmp"
  mv "$tmp" "$CONFIG_FILE"
}

jvm_opts() {
  # shellcheck disable=SC2206
  JVM_OPTS=($HEAP_OPTS
    -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35
    -XX:+ExplicitGCInvokesConcurrent -XX:+ExitOnOutOfMemoryError -XX:MaxInlineLevel=15
    -Djava.awt.headless=true
    "-Dlog4j2.configurationFile=$CONF_DIR/log4j2.xml"
    "-Dkafka.logs.dir=$LOG_DIR"
    "-Dparley.kafka.port=$PORT"
    ${KAFKA_JVM_EXTRA_OPTS:-})
}

format_storage() {
  if [[ -f "$DATA_DIR/meta.properties" ]]; then
    return 0
  fi
  log "formatting new KRaft storage in ${DATA_DIR#"$REPO_ROOT"/} (cluster id $CLUSTER_ID)"
  local out
  if ! out="$("$(java_bin)" -Xmx256m "-Dlog4j2.configurationFile=$CONF_DIR/log4j2.xml" \
    "-Dkafka.logs.dir=$LOG_DIR" "-Dparley.kafka.port=$PORT" -cp "$LIBS_DIR/*" \
    kafka.tools.StorageTool format -t "$CLUSTER_ID" -c "$CONFIG_FILE" --ignore-formatted 2>&1 </dev/null)"; then
    printf '%s\n' "$out" >&2
    die "formatting storage failed"
  fi
}

cmd_start() {
  check_ports
  mkdir -p "$KAFKA_HOME_DIR" "$LOG_DIR"
  # One start at a time per port (parallel test workers may all call start).
  exec 9>"$KAFKA_HOME_DIR/.start-$PORT.lock"
  flock -w $((WAIT_SECONDS + 660)) 9 || die "another 'kafka.sh start' for port $PORT holds the lock"

  local pid
  pid="$(find_pid)"
  if [[ -n "$pid" ]]; then
    if answers_once; then
      log "Kafka is already running on $BOOTSTRAP (pid $pid); nothing to do"
      return 0
    fi
    log "Kafka (pid $pid) is already starting"
    wait_for_broker "$pid"
    return
  fi
  if answers_once; then
    log "a Kafka broker already answers on $BOOTSTRAP (not started from this checkout); using it"
    return 0
  fi
  if tcp_open "$PORT"; then
    die "port $PORT is in use by something that does not answer as a Kafka broker"
  fi
  if tcp_open "$CTL_PORT"; then
    die "controller port $CTL_PORT is in use (set KAFKA_CONTROLLER_PORT)"
  fi

  is_fetched || cmd_fetch
  check_java
  render_config
  format_storage
  jvm_opts

  log "starting Kafka $KAFKA_VERSION on $BOOTSTRAP (controller 127.0.0.1:$CTL_PORT, data ${DATA_DIR#"$REPO_ROOT"/}, log ${SERVER_LOG#"$REPO_ROOT"/})"
  printf '\n==== %s kafka.sh start (Kafka %s, port %s) ====\n' "$(date -u +%FT%TZ)" "$KAFKA_VERSION" "$PORT" >>"$STDOUT_LOG"
  # setsid: the broker outlives this shell and is not hit by Ctrl-C or a test runner killing its
  # process group. The inner shell records its own pid, then execs java (so the pid is the JVM's).
  # Lock fds 8/9 are closed so the broker does not hold our locks.
  # shellcheck disable=SC2016 # $$, $1 and $@ belong to the inner shell
  setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' kafka-start "$PID_FILE" \
    "$(java_bin)" "${JVM_OPTS[@]}" "$PROC_MARK" -cp "$LIBS_DIR/*" kafka.Kafka "$CONFIG_FILE" \
    </dev/null >>"$STDOUT_LOG" 2>&1 8>&- 9>&- &
  local waited=0
  while [[ ! -s "$PID_FILE" ]] && ((waited < 50)); do
    sleep 0.1
    waited=$((waited + 1))
  done
  pid="$(tr -dc '0-9' <"$PID_FILE" 2>/dev/null || true)"
  [[ -n "$pid" ]] || die "the broker did not start (no pid); see ${STDOUT_LOG#"$REPO_ROOT"/}"
  log "broker pid $pid"
  if ! wait_for_broker "$pid"; then
    die "Kafka failed to start; full logs: bash scripts/kafka.sh logs"
  fi
}

cmd_wait() {
  check_ports
  wait_for_broker "$(find_pid)"
}

cmd_stop() {
  check_ports
  local pid
  pid="$(find_pid)"
  if [[ -z "$pid" ]]; then
    rm -f "$PID_FILE"
    if tcp_open "$PORT"; then
      log "no broker from this checkout on port $PORT, but something listens there (left alone)"
    else
      log "Kafka on port $PORT is not running"
    fi
    return 0
  fi
  log "stopping Kafka on $BOOTSTRAP (pid $pid, SIGTERM) ..."
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + STOP_SECONDS))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    warn "Kafka (pid $pid) still running after ${STOP_SECONDS}s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_status() {
  check_ports
  local pid
  pid="$(find_pid)"
  if [[ -n "$pid" ]]; then
    if answers_once; then
      echo "running: Kafka $KAFKA_VERSION on $BOOTSTRAP (pid $pid), answering"
    else
      echo "running: Kafka $KAFKA_VERSION on $BOOTSTRAP (pid $pid), not answering yet"
    fi
    return 0
  fi
  if answers_once; then
    echo "not running from this checkout, but a Kafka broker answers on $BOOTSTRAP"
  else
    echo "not running (port $PORT)"
  fi
  return 3
}

cmd_logs() {
  if [[ ! -f "$SERVER_LOG" ]]; then
    log "no server log yet (${SERVER_LOG#"$REPO_ROOT"/})"
    return 0
  fi
  if [[ "${1:-}" == "-f" || "${1:-}" == "--follow" ]]; then
    exec tail -n "${KAFKA_LOG_LINES:-100}" -F "$SERVER_LOG"
  fi
  tail -n "${KAFKA_LOG_LINES:-100}" "$SERVER_LOG"
}

main() {
  local cmd="${1:-}"
  [[ $# -gt 0 ]] && shift
  case "$cmd" in
    fetch) cmd_fetch ;;
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    wait) cmd_wait ;;
    logs) cmd_logs "$@" ;;
    -h | --help | help) usage ;;
    *)
      usage >&2
      exit 64
      ;;
  esac
}

main "$@"
