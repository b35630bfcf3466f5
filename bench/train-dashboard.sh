#!/usr/bin/env bash
# Measures the Train place against the command line on the same model and data (not a test; run on purpose).
#   1. ./neurite train MODEL --data DATA --epochs 1          (the peer: no window)
#   2. the Train place alone (TrainPlaceDemo) under Xvfb with -Dneurite.measure=true: one epoch of MODEL on DATA,
#      printing the longest gap between JavaFX pulses during the run and the training speed.
# Usage: bench/train-dashboard.sh [MODEL] [DATA]   (defaults: mnist-mlp /usr/share/datasets/fashion-mnist)
# Needs: mvn -DskipTests package done; Debian packages xvfb xauth libgtk-3-0 libxtst6 libgl1 dataset-fashion-mnist.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
model="${1:-mnist-mlp}"
data="${2:-/usr/share/datasets/fashion-mnist}"
classpath="$(ls "$here"/app/target/neurite-app-*.jar | head -n 1):$(cat "$here/app/target/classpath.txt")"

echo "== command line"
java -cp "$classpath" dev.neurite.app.Main train "$model" --data "$data" --epochs 1 | tee /tmp/neurite-cli.txt

echo "== Train place under Xvfb"
xvfb-run -a -s "-screen 0 1600x1000x24" java -Dprism.order=sw -Dneurite.measure=true -Dneurite.demo.start=true \
    -Dneurite.demo.model="$model" -Dneurite.demo.data="$data" -Dneurite.demo.epochs=1 \
    -cp "$classpath" dev.neurite.ui.train.TrainPlaceDemo 2>&1 | grep MEASURE
