#!/usr/bin/env bash
# The whole test suite, from a fresh clone and nothing beside it: builds with warnings as errors, starts the
# services the integration tests need (and stops on exit what it started), runs every test project of the solution
# under tests/ (any project referencing Microsoft.NET.Test.Sdk; new ones are picked up without editing this
# file), SF_TEST_JOBS of them at a time (default 2), prints the time and counts of each project, and ends
# with one line "N passed, N failed". Exit status is non-zero on any build error or failed test.
#
# One broker and one PostgreSQL server serve the whole run (scripts/services.sh): each test creates its own
# topic prefix or database inside them. Environment: CONFIG (Release), SF_TEST_JOBS (2), SF_TEST_PROJECTS
# (space-separated project folder names, e.g. "Domain.Tests Formats.Tests", to run a subset),
# SF_SKIP_VULNERABILITY_CHECK=1 (no NuGet vulnerability audit, e.g. offline).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
CONFIG=${CONFIG:-Release}
JOBS=${SF_TEST_JOBS:-2}
RESULTS="$ROOT/TestResults"
# Longest first, so the pool ends together; projects not listed run afterwards, alphabetically.
SLOW_FIRST=(Cluster.Tests Ingest.Tests Silo.Tests Simulator.Tests Training.Tests Grains.Tests)

command -v dotnet >/dev/null || { echo "error: the .NET SDK (dotnet) is required" >&2; exit 2; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Services used by the integration tests (Category=Kafka, Postgres, Browser): installed and started by
# scripts/services.sh; what it started is stopped when this script exits, whatever the outcome.
trap 'bash "$ROOT/scripts/services.sh" stop || true' EXIT
bash "$ROOT/scripts/services.sh" start

echo "== build ($CONFIG)"
dotnet build SignauxFaibles.sln -c "$CONFIG" -warnaserror -nologo -clp:ErrorsOnly

# ------------------------------------------------------------------ discover
# Test projects of the solution only (the build above built exactly those).
mapfile -t found < <(dotnet sln SignauxFaibles.sln list | tr '\\' / | grep '^tests/.*\.csproj$' \
  | while read -r p; do grep -l 'Include="Microsoft.NET.Test.Sdk"' "$p" || true; done | sort)
declare -A project_of=()
for csproj in "${found[@]}"; do project_of[$(basename "$(dirname "$csproj")")]=$csproj; done
if [[ -n ${SF_TEST_PROJECTS:-} ]]; then
  read -r -a wanted <<<"$SF_TEST_PROJECTS"
else
  wanted=()
  for name in "${SLOW_FIRST[@]}"; do [[ -n ${project_of[$name]:-} ]] && wanted+=("$name"); done
  for csproj in "${found[@]}"; do
    name=$(basename "$(dirname "$csproj")")
    [[ " ${SLOW_FIRST[*]} " == *" $name "* ]] || wanted+=("$name")
  done
fi
for name in "${wanted[@]}"; do
  [[ -n ${project_of[$name]:-} ]] || { echo "error: no test project tests/$name" >&2; exit 2; }
done

# ---------------------------------------------------------------------- run
rm -rf "$RESULTS"; mkdir -p "$RESULTS"
counters() { # trx -> "passed failed total"
  local c; c=$(grep -o '<Counters [^>]*>' "$1" | head -1)
  echo "$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$c") $(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$c") $(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$c")"
}

run_project() { # name
  local name=$1 rc=0 start p=0 f=0 t=0
  start=$(date +%s)
  dotnet test "${project_of[$name]}" -c "$CONFIG" --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$RESULTS" >"$RESULTS/$name.log" 2>&1 || rc=$?
  local seconds=$(($(date +%s) - start))
  if [[ -f "$RESULTS/$name.trx" ]]; then read -r p f t < <(counters "$RESULTS/$name.trx"); fi
  echo "$name ${rc} ${p:-0} ${f:-0} ${t:-0} $seconds" >"$RESULTS/$name.summary"
  echo "-- $name: ${p:-0} passed, ${f:-0} failed in ${seconds}s (exit $rc)"
  if [[ $rc -ne 0 ]]; then
    grep -E '^\s*(Failed |Error Message:|  +[A-Za-z].*(Exception|Assert))' -A4 "$RESULTS/$name.log" | head -60 || tail -40 "$RESULTS/$name.log"
  fi
}

# The NuGet vulnerability audit waits on the network, not the CPU: it runs beside the tests.
audit_pid=""
if [[ -z ${SF_SKIP_VULNERABILITY_CHECK:-} ]]; then
  bash "$ROOT/scripts/check-vulnerable-packages.sh" >"$RESULTS/vulnerable-packages.log" 2>&1 &
  audit_pid=$!
fi

echo "== test (${#wanted[@]} projects, $JOBS at a time)"
suite_start=$(date +%s)
declare -A running=()
for name in "${wanted[@]}"; do
  while true; do
    for pid in "${!running[@]}"; do kill -0 "$pid" 2>/dev/null || { wait "$pid" || true; unset "running[$pid]"; }; done
    [[ ${#running[@]} -lt $JOBS ]] && break
    wait -n "${!running[@]}" || true
  done
  run_project "$name" &
  running[$!]=$name
done
for pid in "${!running[@]}"; do wait "$pid" || true; done

# ------------------------------------------------------------------ summary
passed=0; failed=0; total=0; status=0
echo "== time per test project"
for name in "${wanted[@]}"; do
  if [[ ! -f "$RESULTS/$name.summary" ]]; then echo "error: $name did not report" >&2; status=1; continue; fi
  read -r _ rc p f t seconds <"$RESULTS/$name.summary"
  printf '  %-20s %5ss  %5s passed  %3s failed\n' "$name" "$seconds" "$p" "$f"
  passed=$((passed + p)); failed=$((failed + f)); total=$((total + t))
  if [[ $rc -ne 0 || $t -eq 0 ]]; then
    status=1
    [[ $f -eq 0 ]] && echo "  error: $name exited $rc with no failed test counted (see TestResults/$name.log)" >&2
  fi
done
echo "  total (wall)         $(($(date +%s) - suite_start))s"
if [[ -n $audit_pid ]]; then
  audit=0; wait "$audit_pid" || audit=$?
  cat "$RESULTS/vulnerable-packages.log"
  if [[ $audit -ne 0 ]]; then status=1; fi
fi
if [[ $total -eq 0 ]]; then
  echo "error: no test was executed" >&2
  status=1
fi
if [[ $failed -ne 0 ]]; then status=1; fi
echo "$passed passed, $failed failed"
exit $status
