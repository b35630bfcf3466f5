#!/usr/bin/env bash
# What a ratio of 0.7 leaves for everything but the convolutions (issue 16, point 4): for M2 and M3 (as in
# bench/run.sh), the peer's training step and the part of it inside its convolutions (PyTorch's profiler,
# bench/peer_ops.py), then Neurite's convolutions, reorders and matrix products (oneDNN's own trace of
# `neurite train`, DNNL_VERBOSE=1, summed by bench/lib/onednn_trace.py), and what is left of 0.7 x the peer's step
# once Neurite's convolutions and products are paid: the time every other part of the step (poolings, activations,
# dropout, loss, the optimizer, data) would have to fit in. Both engines use oneDNN's convolutions. Not a test; run
# on purpose, on a quiet machine:
#     bench/conv-floor.sh [--force]
# Needs: apt-get install dataset-fashion-mnist python3-torch libopenblas0-pthread
# Refuses to start (exit 3) when the 1-minute load average is above MAX_LOAD (0.5), unless --force or FORCE=1.
# The peer runs as bench/run.sh found it fastest on the Zen 2 and Zen 5 machines (torch threads 2, OpenBLAS 1,
# channels_last, denormals flushed); PEER_FLAGS overrides the flags, PEER_THREADS the threads. STEPS (200) steps
# are timed per engine and model.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${DATA:-/usr/share/datasets/fashion-mnist}"
steps="${STEPS:-200}"
force="${FORCE:-0}"
[ "${1:-}" = "--force" ] && force=1
python=/usr/bin/python3
cd "$here"
# shellcheck source=bench/lib/machine.sh
source bench/lib/machine.sh

declare -A model_of=([m2]=bench/m2-cnn.json [m3]=quick-cnn)
declare -A batch=([m2]=32 [m3]=128)

machine_report
bench_environment
[ -d "$data" ] || { echo "refusing to start: no data at $data (apt-get install dataset-fashion-mnist)" >&2; exit 3; }
machine_load_ok "${MAX_LOAD:-0.5}" "$force"
peer_blas_ok "$python"
./neurite --version >/dev/null   # builds once, outside the timings
bench_neurite_command

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
field() { sed -n "s/.*$2=\([0-9.]*\).*/\1/p" <<<"$1" | head -n 1; }
for m in m2 m3; do
  # shellcheck disable=SC2086
  peer=$(OPENBLAS_NUM_THREADS=1 PYTHONDONTWRITEBYTECODE=1 "$python" bench/peer_ops.py "$m" "$data" \
      "${PEER_THREADS:-2}" "$steps" ${PEER_FLAGS:---channels-last --flush-denormal})
  echo "== $m: the peer's operators, ms over $steps steps"
  sed -n '2,$p' <<<"$peer"
  # one epoch of (steps + 1) x batch images: the trace's second half is steady
  samples=$(( (steps + 1) * batch[$m] ))
  if ! DNNL_VERBOSE=1 "${BENCH_NEURITE[@]}" train "${model_of[$m]}" --data "$data" --batch-size "${batch[$m]}" \
      --epochs 1 --train-samples "$samples" --validation-split 0 --seed 1 >"$tmp/$m.log" 2>&1; then
    echo "Neurite failed on $m:" >&2; grep -v '_verbose,' "$tmp/$m.log" | tail -n 20 >&2; exit 1
  fi
  ours=$(python3 bench/lib/onednn_trace.py "$tmp/$m.log" "$(( steps + 1 ))")
  echo "== $m: Neurite's convolutions (oneDNN's trace, ms a step)"
  sed -n '2,$p' <<<"$ours"
  step=$(field "$peer" step_ms); conv=$(field "$peer" convolution_ms)
  oconv=$(field "$ours" convolution_ms); oreorder=$(field "$ours" reorder_ms); omatmul=$(field "$ours" matmul_ms)
  awk -v m="$m" -v s="$step" -v c="$conv" -v oc="$oconv" -v orr="$oreorder" -v om="$omatmul" 'BEGIN {
    printf "%s peer: step %.2f ms, of which its convolutions %.2f (%.0f%%)\n", m, s, c, 100 * c / s
    printf "%s neurite: convolutions %.2f ms, oneDNN reorders %.2f, matrix products %.2f\n", m, oc, orr, om
    printf "%s floor: 0.7 x the peer step = %.2f ms; after Neurite'"'"'s convolutions and products %.2f ms are left" \
        " for everything else (%.2f if the reorders were free)\n", m, 0.7 * s, 0.7 * s - oc - om - orr, 0.7 * s - oc - om
  }'
done
[ "$MACHINE_FORCED" = 1 ] && echo "FORCED on a busy machine: these figures DO NOT COUNT"
exit 0
