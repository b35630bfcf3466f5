#!/usr/bin/env bash
# How much the command line's training slows down when another process takes a small share of one core: the
# reference for bench/train-dashboard.sh, whose window needs about a tenth of a core for its own threads (JavaFX,
# renderer, compiler, collector) while training runs. Not a test; run on purpose, on a quiet machine.
# Each round runs ./neurite train MODEL (through CommandLineCpu, as the dashboard does) twice, interleaved: alone,
# then beside a side load, a separate process that keeps one thread busy for BUSY_MS and then sleeps, SHARE of the
# time (what a window's threads do: short bursts a few times a second). Prints each round's steady epochs (the second
# half), the median ratio with / without, and the share of a core the side load really got (from /proc).
# Usage: [EPOCHS=N] [SHARE=0.10] [BUSY_MS=5] bench/side-load.sh [MODEL] [DATA] [ROUNDS]
#        (defaults: mnist-mlp /usr/share/datasets/fashion-mnist 3; EPOCHS 16 for mnist-mlp, 6 for other models)
# Needs: mvn -DskipTests package done; python3; the data set.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
# shellcheck source=bench/lib/machine.sh
source bench/lib/machine.sh
model="${1:-mnist-mlp}"
data="${2:-/usr/share/datasets/fashion-mnist}"
rounds="${3:-3}"
if [ "$model" = mnist-mlp ]; then default_epochs=16; else default_epochs=6; fi
epochs="${EPOCHS:-$default_epochs}"
share="${SHARE:-0.10}"
busy_ms="${BUSY_MS:-5}"
machine_report
machine_load_ok "${MAX_LOAD:-0.5}" "${FORCE:-0}"
classpath="$(ls bench/target/neurite-bench-*.jar | head -n 1):$(cat bench/target/classpath.txt)"
results="$(mktemp)"
side=""
trap 'rm -f "$results"; [ -n "$side" ] && kill "$side" 2>/dev/null; true' EXIT

# Epoch seconds to the millisecond: the --profile table's totals (as bench/train-dashboard.sh reads them).
train_epochs() {
    java ${NEURITE_JAVA_OPTS:-} -cp "$classpath" dev.neurite.ui.train.CommandLineCpu train "$model" --data "$data" \
        --epochs "$epochs" --profile | awk '/^Profile \(/ {on=1; next} on && /^ *[0-9]+ / {printf "%s ", $NF}'
}

# CPU seconds (user + system) a process has used so far.
cpu_seconds() {
    awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' "/proc/$1/stat"
}

for round in $(seq 1 "$rounds"); do
    alone=$(train_epochs)
    python3 -c '
import sys, time
busy, idle = float(sys.argv[1]) / 1000, float(sys.argv[1]) / 1000 * (1 / float(sys.argv[2]) - 1)
while True:
    start = time.perf_counter()
    while time.perf_counter() - start < busy:
        pass
    time.sleep(idle)' "$busy_ms" "$share" &
    side=$!
    started=$(date +%s.%N)
    loaded=$(train_epochs)
    got=$(awk -v c="$(cpu_seconds "$side")" -v s="$started" -v n="$(date +%s.%N)" 'BEGIN {printf "%.3f", c / (n - s)}')
    kill "$side"
    wait "$side" 2>/dev/null || true
    side=""
    echo "round $round: epochs (s) alone [ $alone] beside the side load [ $loaded]; side load got $got of a core;" \
        "load $(cut -d' ' -f1 /proc/loadavg)"
    echo "$got | $alone | $loaded" >>"$results"
done
python3 - "$results" "$share" "$busy_ms" "$here/bench/lib" <<'PY'
import statistics, sys
sys.dont_write_bytecode = True
sys.path.insert(0, sys.argv[4])
from epochs import read_rounds, steady_line
rows = read_rounds(sys.argv[1])
line, alone, loaded = steady_line(rows, "alone", "beside the side load", "beside/alone")
got = statistics.median(r[0] for r in rows)
print(f"side load asked {float(sys.argv[2]):.2f} of a core in {sys.argv[3]} ms bursts, got {got:.3f}")
print(line)
print(f"training lost {(loaded - alone) / (got * loaded):.2f} s per CPU second the side load took")
PY
