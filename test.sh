#!/usr/bin/env bash
# Runs every test of the repository from a fresh clone: restore, build, all test projects, and the packaging
# round trip (pack CydShunt.Protocol, then build and run samples/ against the .nupkg from a local feed).
# Ends with one line "N passed, N failed" and exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")"

results_dir="artifacts/test-results"
rm -rf "$results_dir"
mkdir -p "$results_dir"

status=0

# The VE.Direct interop test runs our blocks through a third-party parser from the npm registry, pinned by
# CydShunt.Firmware.Tests/VeDirect/Interop/package-lock.json. Install it first; without npm that test cannot run, which
# is a failure, never a skip. --ignore-scripts: only the package's JavaScript parser is used, no native serial binding.
interop_dir="CydShunt.Firmware.Tests/VeDirect/Interop"
setup_status=0
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "ERROR: Node.js and npm are required (VE.Direct interop test in $interop_dir); install them and rerun." >&2
  setup_status=1
elif ! npm ci --prefix "$interop_dir" --ignore-scripts --no-audit --no-fund; then
  echo "ERROR: npm ci --prefix $interop_dir failed: the VE.Direct interop test will fail." >&2
  setup_status=1
fi

# Coverage-guided fuzzing needs AFL++ (afl-fuzz). As root with apt-get (CI, containers) it is installed here;
# otherwise install it first ('sudo apt-get install afl++'): without it the fuzzing pass fails, never skips.
if ! command -v afl-fuzz >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++) >/dev/null 2>&1 \
      || echo "ERROR: apt-get install afl++ failed: the fuzzing pass will fail." >&2
  else
    echo "ERROR: afl-fuzz (AFL++) is required for the fuzzing pass: install it ('sudo apt-get install afl++') and rerun." >&2
  fi
fi

# The web dashboard's browser tests (CydShunt.Web.Tests) run Debian's chromium headless, never a downloaded browser. As
# root with apt-get it is installed here; otherwise install it first ('sudo apt-get install chromium', or set
# CHROMIUM_PATH to a Chromium/Chrome binary): without it those tests fail, never skip.
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1 \
      || echo "ERROR: apt-get install chromium failed: the web dashboard tests will fail." >&2
  else
    echo "ERROR: chromium is required for the web dashboard tests: install it ('sudo apt-get install chromium') and rerun." >&2
  fi
fi

dotnet build CydShunt.sln -c Release -nologo -v quiet || status=1

if [ "$status" -eq 0 ]; then
  # Every test project, one after another, each with its own TRX file.
  for project in $(dotnet sln CydShunt.sln list | grep -E 'Tests[^/]*\.csproj$'); do
    name=$(basename "$project" .csproj)
    dotnet test "$project" -c Release --no-build -nologo \
      --logger "trx;LogFileName=$name.trx" --results-directory "$results_dir" || status=1
  done

  # The protocol tests once more against the Debug builds, so that the Debug.Assert room checks of the net8.0 build's
  # unchecked byte helpers (CydShunt.Protocol/Net/Unchecked/) run under every test (a failed assertion aborts the run).
  # The packaging round trip is not repeated.
  if dotnet build CydShunt.Protocol.Tests -c Debug -nologo -v quiet; then
    dotnet test CydShunt.Protocol.Tests -c Debug --no-build -nologo --filter "FullyQualifiedName!~.Packaging." \
      --logger "trx;LogFileName=CydShunt.Protocol.Tests.Debug.trx" --results-directory "$results_dir" || status=1
  else
    status=1
  fi
else
  echo "build failed: no tests ran" >&2
fi

# A failed set-up fails the run even though the other tests ran.
[ "$setup_status" -eq 0 ] || status=1

# Sum the TRX files of every test run (the runner prints one summary per project).
passed=0
failed=0
skipped=0
for trx in "$results_dir"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
  f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  # Ignored tests (not run) are in "total" but not in "executed"; the TRX notExecuted counter stays 0 for them.
  t=$(echo "$counters" | sed -n 's/.* total="\([0-9]*\)".*/\1/p')
  e=$(echo "$counters" | sed -n 's/.* executed="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  skipped=$((skipped + ${t:-0} - ${e:-0}))
done

# The spec's own conformance check: an independent JavaScript decoder, written from spec/*.md alone, against every vector.
if command -v node >/dev/null 2>&1; then
  node spec/tools/conformance-js/conformance.mjs > "$results_dir/conformance-js.log" 2>&1 || status=1
  tail -n 1 "$results_dir/conformance-js.log"
  js=$(tail -n 1 "$results_dir/conformance-js.log")
  p=$(echo "$js" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
  f=$(echo "$js" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-1}))
else
  echo "node is required for the spec conformance check (spec/tools/conformance-js)" >&2
  status=1
fi

# The benchmarks' fairness check: both baselines must still compute what the library computes (on the benchmark
# inputs, 4000 random inputs per codec and every scan-record vector), or the benchmark table would compare different
# work. Seconds, no timing; counts as one test.
if [ -f CydShunt.Benchmarks/bin/Release/net10.0/CydShunt.Benchmarks.dll ] \
  && dotnet CydShunt.Benchmarks/bin/Release/net10.0/CydShunt.Benchmarks.dll --self-check > "$results_dir/benchmarks-self-check.log" 2>&1; then
  tail -n 1 "$results_dir/benchmarks-self-check.log"
  passed=$((passed + 1))
else
  echo "benchmark baselines self-check failed: $results_dir/benchmarks-self-check.log" >&2
  grep -m 1 'self-check failed' "$results_dir/benchmarks-self-check.log" >&2 || true
  failed=$((failed + 1))
fi

# A short coverage-guided pass of every fuzz target (AFL++ + SharpFuzz, a few seconds each; docs/fuzzing.md). Each
# target that ran and found no crash or hang counts as one passed test.
bash eng/fuzz/fuzz.sh --seconds 6 > "$results_dir/fuzz.log" 2>&1 || status=1
grep -v '^[0-9]* passed, [0-9]* failed$' "$results_dir/fuzz.log" | grep -E '^[a-z-]+: ' || true
fz=$(tail -n 1 "$results_dir/fuzz.log")
p=$(echo "$fz" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
f=$(echo "$fz" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
passed=$((passed + ${p:-0}))
failed=$((failed + ${f:-1}))

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # a build or runner failure counts as a failure even when no test reported one
fi

# Tests that were not run (the VE.Direct capture tests in a clone without ../shared) are counted as skipped; the
# runners' own lines above say why.
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
