#!/usr/bin/env bash
# A local multi-silo cluster on PostgreSQL (membership, grain state, reminders) and Kafka, as plain processes.
#
#   scripts/cluster.sh up N        install + start PostgreSQL, create role/db, migrate, start silos 1..N
#   scripts/cluster.sh postgres    install PostgreSQL from Debian (apt-get), start it (pg_ctlcluster, no systemd),
#                                  create the role and the database
#   scripts/cluster.sh migrate     sf-admin migrate (idempotent, locked, refuses a newer schema)
#   scripts/cluster.sh start N     start silos 1..N that are not running (each waits for /ready)
#   scripts/cluster.sh add         start the next silo
#   scripts/cluster.sh stop [I]    graceful stop (SIGTERM: stop consuming, commit, deactivate, leave) of silo I, or all
#   scripts/cluster.sh kill I      SIGKILL silo I (fault drill: its grains come back on the others)
#   scripts/cluster.sh list        index, pid, ports, readiness of each silo
#
# Silo I listens on HTTP $SF_CLUSTER_HTTP_BASE+I, silo port $SF_CLUSTER_SILO_BASE+I, gateway
# $SF_CLUSTER_GATEWAY_BASE+I; logs and pids under .cluster/. Environment (defaults in brackets):
#   SF_PG_VERSION [15]  SF_PG_CLUSTER [main]  SF_PG_PORT [5432]  SF_CLUSTER_DB [signauxfaibles]
#   SF_CLUSTER_ROLE [sf]  SF_CLUSTER_PASSWORD [sf: local development only]
#   SF_CLUSTER_CONNECTION  (overrides the connection string built from the above)
#   SF_CLUSTER_HTTP_BASE [5080]  SF_CLUSTER_SILO_BASE [11110]  SF_CLUSTER_GATEWAY_BASE [30000]
#   SF_CLUSTER_ENVIRONMENT [Cluster]  SF_CLUSTER_NO_BUILD [0]  plus any Orleans__/Kafka__ variable for the silos.
# Exit codes: 0 done, 1 failure (message on stderr), 2 usage.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUN="$ROOT/.cluster"
PG_VERSION=${SF_PG_VERSION:-15}
PG_CLUSTER=${SF_PG_CLUSTER:-main}
PG_PORT=${SF_PG_PORT:-5432}
DB=${SF_CLUSTER_DB:-signauxfaibles}
ROLE=${SF_CLUSTER_ROLE:-sf}
PASSWORD=${SF_CLUSTER_PASSWORD:-sf}
CONNECTION=${SF_CLUSTER_CONNECTION:-"Host=127.0.0.1;Port=$PG_PORT;Username=$ROLE;Password=$PASSWORD;Database=$DB;Timeout=30;Maximum Pool Size=20"}
HTTP_BASE=${SF_CLUSTER_HTTP_BASE:-5080}
SILO_BASE=${SF_CLUSTER_SILO_BASE:-11110}
GATEWAY_BASE=${SF_CLUSTER_GATEWAY_BASE:-30000}
ENVIRONMENT=${SF_CLUSTER_ENVIRONMENT:-Cluster}
SILO_DLL="$ROOT/src/Silo/bin/Release/net10.0/SignauxFaibles.Silo.dll"
ADMIN_DLL="$ROOT/src/Admin/bin/Release/net10.0/sf-admin.dll"
mkdir -p "$RUN"

log() { echo "[cluster] $*"; }
die() { echo "[cluster] error: $*" >&2; exit 1; }
usage() { sed -n '2,22p' "$0" >&2; exit 2; }
as_postgres() { su postgres -c "$1"; }

build() {
  [[ ${SF_CLUSTER_NO_BUILD:-0} == 1 ]] && return 0
  if [[ ! -f $SILO_DLL || ! -f $ADMIN_DLL ]]; then
    log "building the silo and sf-admin (Release)"
    dotnet build "$ROOT/src/Silo" -c Release -nologo -v q >/dev/null || die "silo build failed"
    dotnet build "$ROOT/src/Admin" -c Release -nologo -v q >/dev/null || die "sf-admin build failed"
  fi
}

postgres() {
  if ! command -v pg_ctlcluster >/dev/null || ! dpkg -s "postgresql-$PG_VERSION" >/dev/null 2>&1; then
    log "installing postgresql (apt)"
    (apt-get update -qq || true) >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || die "apt-get install postgresql failed"
  fi
  if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$PG_VERSION $PG_CLUSTER"; then
    log "creating PostgreSQL cluster $PG_VERSION/$PG_CLUSTER on port $PG_PORT"
    pg_createcluster "$PG_VERSION" "$PG_CLUSTER" -p "$PG_PORT" >/dev/null
  fi
  if ! pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {print $4}' | grep -q online; then
    log "starting PostgreSQL $PG_VERSION/$PG_CLUSTER"
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start || die "pg_ctlcluster start failed"
  fi
  local port; port=$(pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {print $3}')
  [[ $port == "$PG_PORT" ]] || die "cluster $PG_VERSION/$PG_CLUSTER listens on $port, not SF_PG_PORT=$PG_PORT"
  as_postgres "psql -p $PG_PORT -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='$ROLE'\"" | grep -q 1 \
    || as_postgres "psql -p $PG_PORT -qc \"CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD' CREATEDB\""
  as_postgres "psql -p $PG_PORT -qtAc \"SELECT 1 FROM pg_database WHERE datname='$DB'\"" | grep -q 1 \
    || as_postgres "psql -p $PG_PORT -qc \"CREATE DATABASE $DB OWNER $ROLE\""
  log "postgres ready: database $DB on 127.0.0.1:$PG_PORT"
}

migrate() {
  build
  ConnectionStrings__Orleans="$CONNECTION" dotnet "$ADMIN_DLL" migrate || die "migration failed"
}

pid_of() { local f="$RUN/silo-$1.pid"; [[ -f $f ]] && kill -0 "$(cat "$f")" 2>/dev/null && cat "$f"; }

ready() { curl -fsS -m 5 "http://127.0.0.1:$((HTTP_BASE + $1))/ready" >/dev/null 2>&1; }

start_one() {
  local i=$1
  if pid_of "$i" >/dev/null; then log "silo $i already running (pid $(pid_of "$i"))"; return 0; fi
  build
  log "starting silo $i: http $((HTTP_BASE + i)), silo port $((SILO_BASE + i)), gateway $((GATEWAY_BASE + i))"
  (cd "$(dirname "$SILO_DLL")" && \
    DOTNET_ENVIRONMENT=$ENVIRONMENT ASPNETCORE_ENVIRONMENT=$ENVIRONMENT \
    DOTNET_GCgen0size=${DOTNET_GCgen0size:-0x4000000} \
    ConnectionStrings__Orleans="$CONNECTION" \
    Urls="http://127.0.0.1:$((HTTP_BASE + i))" \
    Orleans__Endpoints__SiloPort=$((SILO_BASE + i)) \
    Orleans__Endpoints__GatewayPort=$((GATEWAY_BASE + i)) \
    exec nohup dotnet "$SILO_DLL" >"$RUN/silo-$i.log" 2>&1 </dev/null & echo $! >"$RUN/silo-$i.pid")
  for _ in $(seq 1 180); do
    ready "$i" && { log "silo $i ready (pid $(cat "$RUN/silo-$i.pid"))"; return 0; }
    pid_of "$i" >/dev/null || die "silo $i exited; see $RUN/silo-$i.log"
    sleep 1
  done
  die "silo $i not ready after 180 s; see $RUN/silo-$i.log"
}

indexes() { ls "$RUN" 2>/dev/null | sed -n 's/^silo-\([0-9]*\)\.pid$/\1/p' | sort -n; }

stop_one() {
  local i=$1 pid
  pid=$(pid_of "$i") || { rm -f "$RUN/silo-$i.pid"; return 0; }
  log "stopping silo $i (pid $pid, graceful)"
  kill -TERM "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || { rm -f "$RUN/silo-$i.pid"; log "silo $i stopped"; return 0; }; sleep 1; done
  die "silo $i (pid $pid) still running 60 s after SIGTERM"
}

list() {
  printf '%-5s %-8s %-6s %-10s %-8s %s\n' silo pid http silo-port gateway ready
  for i in $(indexes); do
    local pid state
    pid=$(pid_of "$i") || pid=-
    if [[ $pid == - ]]; then state=stopped; elif ready "$i"; then state=yes; else state=no; fi
    printf '%-5s %-8s %-6s %-10s %-8s %s\n' "$i" "$pid" $((HTTP_BASE + i)) $((SILO_BASE + i)) $((GATEWAY_BASE + i)) "$state"
  done
}

cmd=${1:-}; shift || true
case $cmd in
  postgres) postgres ;;
  migrate) migrate ;;
  up) [[ ${1:-} =~ ^[0-9]+$ ]] || usage; postgres; migrate; for i in $(seq 1 "$1"); do start_one "$i"; done; list ;;
  start) [[ ${1:-} =~ ^[0-9]+$ ]] || usage; for i in $(seq 1 "$1"); do start_one "$i"; done ;;
  add) last=$(for i in $(indexes); do pid_of "$i" >/dev/null && echo "$i"; done | tail -1); start_one $(( ${last:-0} + 1 )) ;;
  stop) if [[ -n ${1:-} ]]; then stop_one "$1"; else for i in $(indexes); do stop_one "$i"; done; fi ;;
  kill) [[ ${1:-} =~ ^[0-9]+$ ]] || usage; pid=$(pid_of "$1") || die "silo $1 is not running"; kill -KILL "$pid"; rm -f "$RUN/silo-$1.pid"; log "silo $1 killed (pid $pid)" ;;
  list) list ;;
  *) usage ;;
esac
