#!/usr/bin/env bash
# The model shipped with the project (models/sf-gbt-sim7-1, active by default in the embedded run and in
# docker-compose.yml), trained by one command with fixed seeds on a documented simulation:
#   simulator  --seed 7 --firms 30000 --months 60 --start 2019-01 (event stream and hazards, no partner files)
#   trainer    --id sf-gbt-sim7-1 --seed 1 --split-seed 42 --threads 2, every other option at its default
# Same simulation, same seeds: the same model.json, hence the same content hash (thread count does not
# change it). About 2.5 minutes and 1.8 GB of temporary files on a 2-core machine.
#
#   scripts/train-default-model.sh            # writes models/sf-gbt-sim7-1 if absent; if present, checks it
#   scripts/train-default-model.sh --check    # retrains in a temporary folder, compares with models/: exit 1 if different
#   scripts/train-default-model.sh --out DIR  # writes DIR/sf-gbt-sim7-1 (DIR/sf-gbt-sim7-1 must not exist)
#
# Environment: CONFIG (Release) build configuration; SF_NO_BUILD=1 uses the built programs as they are
# (tests do, after the suite's build); SF_WORK=DIR keeps the simulation and the trained artifact in DIR.
# Exit codes: 0 done (or identical), 1 failure or a different model, 2 usage.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ID=sf-gbt-sim7-1
SIM_ARGS=(--seed 7 --firms 30000 --months 60 --start 2019-01 --no-partner-files)
TRAIN_ARGS=(--id "$ID" --seed 1 --split-seed 42 --threads 2)
CONFIG=${CONFIG:-Release}
SHIPPED="$ROOT/models"

usage() { sed -n '2,17p' "$0" >&2; exit 2; }
log() { echo "[default-model] $(date +%H:%M:%S) $*"; }
die() { echo "[default-model] error: $*" >&2; exit 1; }

MODE=write OUT=$SHIPPED
while [[ $# -gt 0 ]]; do
  case $1 in
    --check) MODE=check; shift ;;
    --out) [[ $# -ge 2 ]] || usage; OUT=$2; MODE=write; shift 2 ;;
    -h|--help) usage ;;
    *) echo "unknown argument: $1" >&2; usage ;;
  esac
done

# The content hash recorded in an artifact's manifest ("sha256:..."), or nothing.
hash_of() { [[ -f $1/manifest.json ]] && sed -n 's/.*"contentHash": *"\(sha256:[0-9a-f]*\)".*/\1/p' "$1/manifest.json" | head -1; }

if [[ $MODE == write && -d $OUT/$ID ]]; then
  [[ $OUT == "$SHIPPED" ]] || die "$OUT/$ID exists: model versions are never overwritten"
  log "$OUT/$ID exists: checking that it is what this command produces"
  MODE=check
fi

if [[ ${SF_NO_BUILD:-0} != 1 ]]; then
  log "building the simulator and the trainer ($CONFIG)"
  for p in Simulator Training; do
    dotnet build "$ROOT/src/$p" -c "$CONFIG" -nologo -v q -clp:ErrorsOnly >/dev/null || die "build of src/$p failed"
  done
fi
BIN="bin/$CONFIG/net10.0"
for dll in "src/Simulator/$BIN/SignauxFaibles.Simulator.dll" "src/Training/$BIN/SignauxFaibles.Training.dll"; do
  [[ -f $ROOT/$dll ]] || die "$dll is missing: build it (without SF_NO_BUILD=1) or set CONFIG"
done

if [[ -n ${SF_WORK:-} ]]; then WORK=$SF_WORK; mkdir -p "$WORK"; else
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/sf-default-model.XXXXXX")
  trap 'rm -rf "$WORK"' EXIT
fi

log "simulating: ${SIM_ARGS[*]}"
dotnet "$ROOT/src/Simulator/$BIN/SignauxFaibles.Simulator.dll" "${SIM_ARGS[@]}" --out "$WORK/sim" >"$WORK/simulator.log" 2>&1 \
  || { tail -20 "$WORK/simulator.log" >&2; die "simulator failed"; }

TARGET=$OUT
[[ $MODE == check ]] && TARGET="$WORK/models"
mkdir -p "$TARGET"
log "training: ${TRAIN_ARGS[*]}"
dotnet "$ROOT/src/Training/$BIN/SignauxFaibles.Training.dll" --sim "$WORK/sim" --out "$TARGET" "${TRAIN_ARGS[@]}" >"$WORK/training.log" 2>&1 \
  || { tail -20 "$WORK/training.log" >&2; die "training failed"; }
sed -n '/┌/,/┘/p' "$WORK/training.log"

produced=$(hash_of "$TARGET/$ID")
[[ -n $produced ]] || die "no content hash in $TARGET/$ID/manifest.json"
if [[ $MODE == check ]]; then
  shipped=$(hash_of "$OUT/$ID")
  [[ -n $shipped ]] || die "no shipped artifact $OUT/$ID/manifest.json"
  if [[ $produced != "$shipped" ]]; then
    echo "[default-model] DIFFERENT: produced $produced, shipped $shipped ($OUT/$ID)" >&2
    echo "[default-model] the trainer, the simulator or the feature code changed: give the retrained model a new id (ID in this script) and ship it" >&2
    exit 1
  fi
  log "identical: $ID $produced"
else
  log "written $TARGET/$ID ($produced)"
fi
