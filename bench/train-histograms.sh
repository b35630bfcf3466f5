#!/usr/bin/env bash
# Writes docs/screenshots/train-histograms.png: the Train place (TrainPlaceDemo) under Xvfb with its Layers tab after
# two short real runs of MODEL on bundled digits (Adam at the template's learning rate, then at SECOND_LR, default
# 0.05, which kills ReLU units), and bench's LayerStatisticsOverhead on request (MEASURE=1).
# Usage: [EPOCHS=4] [SAMPLES=3000] bench/train-histograms.sh [MODEL] [output.png]   (defaults: quick-cnn)
# Needs: mvn -o -pl bench -am -DskipTests package done; Debian packages xvfb xauth libgtk-3-0 libxtst6 libgl1.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
model="${1:-quick-cnn}"
output="${2:-$here/docs/screenshots/train-histograms.png}"
classpath="$(ls "$here"/bench/target/neurite-bench-*.jar | head -n 1):$(cat "$here/bench/target/classpath.txt")"
xvfb-run -a -s "-screen 0 1600x1000x24" java ${NEURITE_JAVA_OPTS:-} -Dprism.order=sw \
    -Dneurite.demo.start=true -Dneurite.demo.model="$model" -Dneurite.demo.epochs="${EPOCHS:-4}" \
    -Dneurite.demo.samples="${SAMPLES:-3000}" -Dneurite.demo.layersScreenshot="$output" \
    -Dneurite.demo.secondLearningRate="${SECOND_LR:-0.05}" \
    -cp "$classpath" dev.neurite.ui.train.TrainPlaceDemo 2> >(grep -v -e '^WARNING' -e 'CssStyleHelper' >&2)
test -s "$output"
if [ "${MEASURE:-0}" = 1 ]; then
    java ${NEURITE_JAVA_OPTS:-} -cp "$classpath" dev.neurite.bench.LayerStatisticsOverhead "$model" 3 3
fi
