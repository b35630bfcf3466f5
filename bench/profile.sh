#!/usr/bin/env bash
# Where Neurite's training time goes: `neurite train --profile` on M1, M2 and M3 (as in bench/run.sh), one table per
# model of each epoch's seconds in data (batch assembly), forward, metrics (loss, its gradient, accuracy), backward,
# the optimizer's update, evaluation (validation) and other, the phases summing to the epoch's time. Not a test; run
# on purpose, on a quiet machine:
#     bench/profile.sh [--force]
# Needs: apt-get install dataset-fashion-mnist
# Refuses to start (exit 3) when the 1-minute load average is above MAX_LOAD (0.5), unless --force or FORCE=1 (the
# tables are then marked as not counting).
# Sizes (env): EPOCHS (1) per model; M1_SAMPLES, M2_SAMPLES, M3_SAMPLES (60000 each: a full epoch); validation as
# the model sets it (mnist-mlp: the 10,000 test images; quick-cnn: the last 10%; m2-cnn.json: none),
# VALIDATION_SPLIT overrides (0: none); MODELS ("m1 m2 m3") chooses. The first epoch includes the JIT compiler's
# warm-up: EPOCHS=2 shows a steady epoch as well.
# Smoke run (under two minutes, does not count):
#     FORCE=1 M1_SAMPLES=6000 M2_SAMPLES=320 M3_SAMPLES=640 bench/profile.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${DATA:-/usr/share/datasets/fashion-mnist}"
models="${MODELS:-m1 m2 m3}"
force="${FORCE:-0}"
[ "${1:-}" = "--force" ] && force=1
cd "$here"
# shellcheck source=bench/lib/machine.sh
source bench/lib/machine.sh

declare -A model_of=([m1]=mnist-mlp [m2]=bench/m2-cnn.json [m3]=quick-cnn)
declare -A batch=([m1]=100 [m2]=32 [m3]=128)
declare -A samples=([m1]="${M1_SAMPLES:-60000}" [m2]="${M2_SAMPLES:-60000}" [m3]="${M3_SAMPLES:-60000}")

machine_report
bench_environment
[ -d "$data" ] || { echo "refusing to start: no data at $data (apt-get install dataset-fashion-mnist)" >&2; exit 3; }
machine_load_ok "${MAX_LOAD:-0.5}" "$force"
./neurite --version   # builds once, outside the timings

validation=()
[ -n "${VALIDATION_SPLIT:-}" ] && validation=(--validation-split "$VALIDATION_SPLIT")
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for m in $models; do
  echo
  echo "== ${m^^}: ${model_of[$m]}, batch ${batch[$m]}, ${EPOCHS:-1} epoch(s) of ${samples[$m]} training images" \
      "(validation: ${VALIDATION_SPLIT:-as the model sets it})"
  if ! ./neurite train "${model_of[$m]}" --data "$data" --batch-size "${batch[$m]}" --epochs "${EPOCHS:-1}" \
      --train-samples "${samples[$m]}" --seed 1 "${validation[@]}" --profile >"$log" 2>&1; then
    echo "Neurite failed on $m:" >&2; tail -n 20 "$log" >&2; exit 1
  fi
  grep -E '^(Epoch|Test loss)' "$log"
  sed -n '/^Profile (/,$p' "$log"
done
if [ "$MACHINE_FORCED" = 1 ]; then
  echo
  echo "!!! FORCED RUN ON A BUSY MACHINE: THESE TABLES DO NOT COUNT !!!"
fi
