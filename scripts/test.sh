#!/usr/bin/env bash
# The whole test suite, from a fresh clone: builds with warnings as errors, starts the services the
# integration tests need (and stops them on exit), runs every test project and prints one closing line
# "N passed, N failed". Exit status is non-zero on any build error or failed test.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
CONFIG=${CONFIG:-Release}
RESULTS="$ROOT/TestResults"

if [[ ! -d "$ROOT/../shared/conformance" ]]; then
  echo "error: ../shared (conformance corpus and reference data) must sit beside the repository" >&2
  exit 2
fi
command -v dotnet >/dev/null || { echo "error: the .NET SDK (dotnet) is required" >&2; exit 2; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Services used by the integration tests (Category=Kafka, Category=Postgres) are started by
# scripts/services.sh when it exists; each started service is stopped when this script exits.
if [[ -x "$ROOT/scripts/services.sh" ]]; then
  trap '"$ROOT/scripts/services.sh" stop || true' EXIT
  "$ROOT/scripts/services.sh" start
fi

echo "== build ($CONFIG)"
dotnet build SignauxFaibles.sln -c "$CONFIG" -warnaserror -nologo -clp:ErrorsOnly

echo "== test"
rm -rf "$RESULTS"
status=0
dotnet test SignauxFaibles.sln -c "$CONFIG" --no-build --nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$RESULTS" || status=$?

passed=0; failed=0; total=0
shopt -s nullglob
for trx in "$RESULTS"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); total=$((total + ${t:-0}))
done
if [[ $total -eq 0 ]]; then
  echo "error: no test was executed" >&2
  status=1
fi
echo "$passed passed, $failed failed"
if [[ $failed -ne 0 ]]; then status=1; fi
exit $status
