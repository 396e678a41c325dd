#!/usr/bin/env bash
# Fails (exit 1) when a NuGet package used by the solution, directly or transitively, has a known
# vulnerability of high or critical severity (advisories from the configured NuGet sources). Lower
# severities are printed and do not fail. Run by scripts/test.sh after the build (packages restored).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp); trap 'rm -f "$out"' EXIT
echo "== vulnerable packages (high or critical fail)"
if ! dotnet list SignauxFaibles.sln package --vulnerable --include-transitive >"$out" 2>&1; then
  cat "$out" >&2
  echo "error: dotnet list package --vulnerable failed (NuGet sources unreachable?)" >&2
  exit 1
fi
grep -E '^\s*>' "$out" || true
if grep -Eq '^\s*>.*\b(High|Critical)\b' "$out"; then
  echo "error: a package with a high or critical vulnerability is in use (above); upgrade it in Directory.Packages.props" >&2
  exit 1
fi
echo "no high or critical vulnerability"
exit 0
