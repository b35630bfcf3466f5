#!/usr/bin/env bash
# Measures the Train place against the command line on the same model and data (not a test; run on purpose).
# Each round runs, one after the other:
#   1. ./neurite train MODEL --data DATA --epochs 3          (the peer: no window)
#   2. the Train place alone (TrainPlaceDemo) under Xvfb with -Dneurite.measure=true: one run of 3 epochs of MODEL
#      on DATA, started once the window has settled (as a learner looks at it before pressing Start), printing the
#      longest gap between JavaFX pulses over the whole run and each epoch's time.
# The first epoch of a fresh JVM is mostly the JIT compiling (the command line's too), so the steady speed is
# compared on the third epoch; the first epoch's ratio is printed as well. Rounds alternate so that load from
# elsewhere on the machine falls on both sides; medians are compared.
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

epoch_time() { sed -n "s/^$1 \([0-9.]*\)s.*/\1/p"; }

for round in $(seq 1 "$rounds"); do
    cli=$(java ${NEURITE_JAVA_OPTS:-} -cp "$classpath" dev.neurite.app.Main train "$model" --data "$data" --epochs 3)
    app=$(xvfb-run -a -s "-screen 0 1600x1000x24" java ${NEURITE_JAVA_OPTS:-} -Dprism.order=sw -Dneurite.measure=true \
        -Dneurite.demo.start=true -Dneurite.demo.startWhenSettled=true -Dneurite.demo.model="$model" \
        -Dneurite.demo.data="$data" -Dneurite.demo.epochs=3 \
        -cp "$classpath" dev.neurite.ui.train.TrainPlaceDemo 2>&1 | grep '^MEASURE')
    cli1=$(epoch_time 'Epoch 1\/3 -' <<<"$cli")
    cli3=$(epoch_time 'Epoch 3\/3 -' <<<"$cli")
    app1=$(epoch_time 'MEASURE epoch 1' <<<"$app")
    app3=$(epoch_time 'MEASURE epoch 3' <<<"$app")
    gap=$(sed -n 's/.*longest_pulse_gap_ms=\([0-9.]*\).*/\1/p' <<<"$app")
    load=$(cut -d' ' -f1 /proc/loadavg)
    echo "round $round: epoch 1 command line ${cli1}s window ${app1}s; epoch 3 command line ${cli3}s" \
        "window ${app3}s; longest pulse gap ${gap} ms; load ${load}"
    echo "$cli1 $app1 $cli3 $app3 $gap" >>"$results"
done
python3 - "$results" <<'PY'
import statistics, sys
rows = [list(map(float, line.split())) for line in open(sys.argv[1]) if line.strip()]
med = [statistics.median(r[i] for r in rows) for i in range(5)]
print(f"median epoch 3: command line {med[2]:.2f}s, window {med[3]:.2f}s, ratio window/command line "
      f"{med[3] / med[2]:.2f}")
print(f"median epoch 1: command line {med[0]:.2f}s, window {med[1]:.2f}s, ratio {med[1] / med[0]:.2f}")
print(f"longest pulse gap over the run: median {med[4]:.0f} ms, worst {max(r[4] for r in rows):.0f} ms")
PY
