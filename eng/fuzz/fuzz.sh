#!/usr/bin/env bash
# Coverage-guided fuzzing of every CydShunt.Fuzz target with AFL++ (afl-fuzz) and SharpFuzz.
#
#   bash eng/fuzz/fuzz.sh                      # the short pass test.sh runs: every target, 6 s each
#   bash eng/fuzz/fuzz.sh --seconds 3600 --keep bthome scan-record   # a long campaign of two targets
#
# Options: --seconds N (per target, default 6), --out DIR (default artifacts/fuzz/findings), --keep (keep the
# findings folders), --save-corpus (add what the run found, its queue, to CydShunt.Fuzz/Corpus/TARGET, one file per
# distinct input named by its SHA-1, when the target passed), --captures (also seed the VE.Direct targets from ../shared/vedirect-captures; never commit what
# such a campaign finds: the captures are not ours to redistribute). Target names as `CydShunt.Fuzz list` prints them.
#
# Steps: publish CydShunt.Fuzz, instrument CydShunt.Protocol.dll and CydShunt.Firmware.dll with the sharpfuzz tool
# (.config/dotnet-tools.json), then per target: seeds (spec/vectors + built-in seeds) and the committed corpus
# (CydShunt.Fuzz/Corpus/TARGET) as afl-fuzz's input, the target's dictionaries, and `afl-fuzz -V N`. A target passes
# when afl-fuzz ran and found no crash and no hang. Prints one line per target (executions, edges, crashes, hangs) and
# ends with "N passed, N failed". A crash's input is kept in the findings folder; copy it to
# CydShunt.Fuzz/Regressions/TARGET/ to make it a regression test once fixed.
set -uo pipefail
cd "$(dirname "$0")/../.."

seconds=6
out="artifacts/fuzz/findings"
keep=0
save_corpus=0
captures=""
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="${2:?--seconds needs a number}"; shift 2 ;;
    --out) out="${2:?--out needs a folder}"; shift 2 ;;
    --keep) keep=1; shift ;;
    --save-corpus) save_corpus=1; shift ;;
    --captures) captures="--captures"; shift ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
case "$seconds" in ''|*[!0-9]*) echo "fuzz.sh: --seconds takes a whole number of seconds, not '$seconds'" >&2; exit 2 ;; esac

if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "ERROR: afl-fuzz (AFL++) is required: on Debian/Ubuntu 'apt-get install afl++'." >&2
  echo "0 passed, 1 failed"
  exit 1
fi

bin="artifacts/fuzz/bin"
rm -rf "$bin"
if ! dotnet publish CydShunt.Fuzz -c Release -o "$bin" -nologo -v quiet >/dev/null; then
  echo "ERROR: dotnet publish CydShunt.Fuzz failed." >&2
  echo "0 passed, 1 failed"
  exit 1
fi
dotnet tool restore >/dev/null || { echo "ERROR: dotnet tool restore failed (sharpfuzz)." >&2; echo "0 passed, 1 failed"; exit 1; }
for assembly in CydShunt.Protocol CydShunt.Firmware; do
  if ! dotnet tool run sharpfuzz "$bin/$assembly.dll" >/dev/null; then
    echo "ERROR: sharpfuzz could not instrument $assembly.dll." >&2
    echo "0 passed, 1 failed"
    exit 1
  fi
done

fuzz=(dotnet "$bin/CydShunt.Fuzz.dll")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <("${fuzz[@]}" list | awk '{print $1}')

# afl-fuzz in a container or CI: no CPU governor to check, no core-dump pipe to care about, no UI, no CPU binding.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
export AFL_QUIET=1
export CYDSHUNT_REPO="$PWD"

passed=0
failed=0
mkdir -p "$out"
for target in "${targets[@]}"; do
  work="$out/$target"
  rm -rf "$work"
  mkdir -p "$work"
  if ! "${fuzz[@]}" seeds "$target" "$work/in" $captures >/dev/null; then
    echo "$target: FAILED (no seeds)"; failed=$((failed + 1)); continue
  fi
  corpus="CydShunt.Fuzz/Corpus/$target"
  [ -d "$corpus" ] && cp "$corpus"/* "$work/in/" 2>/dev/null
  dicts=()
  for d in CydShunt.Fuzz/Dictionaries/*.dict; do
    # The dictionaries a target names in its source (Dictionaries => [...]).
    if grep -lq "\"$(basename "$d")\"" $(grep -rl "Name => \"$target\"" CydShunt.Fuzz/Targets) 2>/dev/null; then
      dicts+=(-x "$d")
    fi
  done
  # The seed of AFL's own randomness is fixed: the same code gives the same run in CI.
  afl-fuzz -i "$work/in" -o "$work/out" -V "$seconds" -t 5000 -m none -s 7 "${dicts[@]}" -- "${fuzz[@]}" run "$target" \
    > "$work/afl.log" 2>&1
  rc=$?
  stats="$work/out/default/fuzzer_stats"
  if [ ! -f "$stats" ]; then
    echo "$target: FAILED (afl-fuzz exit $rc, no statistics; see $work/afl.log)"; tail -n 5 "$work/afl.log" >&2
    failed=$((failed + 1)); continue
  fi
  stat() { sed -n "s/^$1 *: *//p" "$stats" | head -n 1; }
  crashes=$(stat saved_crashes); crashes=${crashes:-$(stat unique_crashes)}
  hangs=$(stat saved_hangs); hangs=${hangs:-$(stat unique_hangs)}
  line="$target: $(stat execs_done) executions, $(stat edges_found) edges ($(stat bitmap_cvg)), corpus $(stat corpus_count), crashes ${crashes:-?}, hangs ${hangs:-?}"
  if [ "${crashes:-1}" = "0" ] && [ "${hangs:-1}" = "0" ] && [ "$(stat execs_done)" != "0" ]; then
    echo "$line"; passed=$((passed + 1))
    if [ "$save_corpus" = 1 ]; then
      if [ -n "$captures" ]; then
        echo "fuzz.sh: --save-corpus is refused with --captures (the captures must not reach the repository)" >&2
      else
        mkdir -p "CydShunt.Fuzz/Corpus/$target"
        for f in "$work"/out/default/queue/id*; do
          [ -f "$f" ] && cp "$f" "CydShunt.Fuzz/Corpus/$target/$(sha1sum "$f" | cut -c1-16)"
        done
      fi
    fi
    [ "$keep" = 1 ] || rm -rf "$work"
  else
    echo "$line: FAILED, inputs in $work/out/default/crashes and hangs"; failed=$((failed + 1))
    for f in "$work"/out/default/crashes/id* "$work"/out/default/hangs/id*; do
      [ -f "$f" ] && "${fuzz[@]}" replay "$target" "$f" | head -n 3
    done
  fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
