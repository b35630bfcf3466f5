#!/usr/bin/env bash
# Measures the Train place against the command line on the same model and data (not a test; run on purpose).
# Each round runs, one after the other:
#   1. ./neurite train MODEL --data DATA --epochs 1          (the peer: no window)
#   2. the Train place alone (TrainPlaceDemo) under Xvfb with -Dneurite.measure=true: one epoch of MODEL on DATA,
#      printing the longest gap between JavaFX pulses during the run and the epoch's time.
# Rounds alternate so that load from elsewhere on the machine falls on both sides; the medians are compared.
# Usage: bench/train-dashboard.sh [MODEL] [DATA] [ROUNDS]
#        (defaults: mnist-mlp /usr/share/datasets/fashion-mnist 5)
# Needs: mvn -DskipTests package done; Debian packages xvfb xauth libgtk-3-0 libxtst6 libgl1 dataset-fashion-mnist.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
model="${1:-mnist-mlp}"
data="${2:-/usr/share/datasets/fashion-mnist}"
rounds="${3:-5}"
# The engine's settings (threads, heap) are applied by the app itself (EngineEnvironment), as in ./neurite.
classpath="$(ls "$here"/app/target/neurite-app-*.jar | head -n 1):$(cat "$here/app/target/classpath.txt")"
results="$(mktemp)"
trap 'rm -f "$results"' EXIT

for round in $(seq 1 "$rounds"); do
    cli=$(java ${NEURITE_JAVA_OPTS:-} -cp "$classpath" dev.neurite.app.Main train "$model" --data "$data" --epochs 1 \
        | sed -n 's/^Epoch 1\/1 - \([0-9.]*\)s.*/\1/p')
    app=$(xvfb-run -a -s "-screen 0 1600x1000x24" java ${NEURITE_JAVA_OPTS:-} -Dprism.order=sw -Dneurite.measure=true \
        -Dneurite.demo.start=true -Dneurite.demo.model="$model" -Dneurite.demo.data="$data" -Dneurite.demo.epochs=1 \
        -cp "$classpath" dev.neurite.ui.train.TrainPlaceDemo 2>&1 | grep 'MEASURE longest' )
    gap=$(sed -n 's/.*longest_pulse_gap_ms=\([0-9.]*\).*/\1/p' <<<"$app")
    seconds=$(sed -n 's/.*epoch_seconds=\([0-9.]*\).*/\1/p' <<<"$app")
    load=$(cut -d' ' -f1 /proc/loadavg)
    echo "round $round: command line ${cli}s, window ${seconds}s, longest pulse gap ${gap} ms, load ${load}"
    echo "$cli $seconds $gap" >>"$results"
done
python3 - "$results" <<'PY'
import statistics, sys
rows = [list(map(float, line.split())) for line in open(sys.argv[1]) if line.strip()]
cli = statistics.median(r[0] for r in rows)
app = statistics.median(r[1] for r in rows)
gaps = [r[2] for r in rows]
print(f"median epoch: command line {cli:.2f}s, window {app:.2f}s, ratio window/command line {app / cli:.2f}")
print(f"longest pulse gap: median {statistics.median(gaps):.0f} ms, worst {max(gaps):.0f} ms")
PY
