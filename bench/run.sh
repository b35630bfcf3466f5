#!/usr/bin/env bash
# Benchmark: Neurite vs PyTorch (CPU) on Debian's Fashion-MNIST, interleaved so that a change in the machine's speed
# hits both engines alike. Not a test; run on purpose, on a quiet machine:
#     bench/run.sh [--force]
# Needs: apt-get install dataset-fashion-mnist python3-torch libopenblas0-pthread
#
# 1. Checks the machine and refuses to start (exit 3, with the reason) when the 1-minute load average is above
#    MAX_LOAD (0.5), unless --force or FORCE=1 (then the run is marked as not counting), or when PyTorch would run on
#    the reference BLAS. Prints the CPU model and flags.
# 2. Exports what both engines run with (bench_environment: glibc's malloc keeps freed blocks, without which PyTorch
#    page-faults its activations in on every batch) and prints it.
#    Finds PyTorch's best configuration per model once, from two short epochs each: torch threads 1/2 x
#    OPENBLAS_NUM_THREADS 1/2, for the CNNs also with channels_last, then denormals flushed to zero on the winner
#    (PEER_CONFIG=t1b2cl, or PEER_THREADS=n meaning tNbN, skips this).
# 3. ROUNDS rounds (3), each: Neurite M1, PyTorch M1, Neurite M2, PyTorch M2, Neurite M3, PyTorch M3. Every round's
#    times are printed; then per model the median s/epoch of each engine, the median and the worst ratio
#    Neurite/PyTorch, the test accuracies and the peak RSS.
# Models (MODELS="m1 m2 m3" chooses; sizes by env):
#   M1 = template mnist-mlp (Dense 512 relu -> Dense 10 softmax, RMSprop), batch 100: M1_EPOCHS (10) epochs over
#        M1_SAMPLES (60000) images.
#   M2 = bench/m2-cnn.json (VGG-style CNN, Adam), batch 32: M2_EPOCHS (2) epochs over M2_SAMPLES (9600) images.
#   M3 = template quick-cnn (Conv 32 -> pool -> Conv 64 -> pool -> Dropout -> Dense 10, Adam), batch 128:
#        M3_EPOCHS (2) full epochs over M3_SAMPLES (60000) images.
#   No validation. s/epoch = the mean of epochs 2.. (epoch 1 alone when there is one), scaled to 60,000 images when
#   fewer were used. Test accuracy on the 10,000 test images after the last epoch; seed 1 for both engines.
#   Neurite's epoch times come from `neurite train --profile` (millisecond resolution; the timer costs a few
#   System.nanoTime calls per batch), PyTorch's from time.perf_counter in bench/peer_pytorch.py.
# ISA=avx2 measures both engines as on a CPU without AVX-512 (see bench/lib/machine.sh).
# Peak memory: maximum resident set size (/usr/bin/time -v for Neurite; getrusage in the peer).
# Smoke run (about two minutes, does not count):
#     FORCE=1 ROUNDS=1 PEER_CONFIG=t1b1 M1_EPOCHS=1 M1_SAMPLES=6000 M2_EPOCHS=1 M2_SAMPLES=320 M3_EPOCHS=1 \
#         M3_SAMPLES=640 bench/run.sh
# Last line: ratio m1 <median neurite/pytorch> m2 <...> m3 <...>
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${DATA:-/usr/share/datasets/fashion-mnist}"
rounds="${ROUNDS:-3}"
models="${MODELS:-m1 m2 m3}"
force="${FORCE:-0}"
[ "${1:-}" = "--force" ] && force=1
python=/usr/bin/python3
cd "$here"
# shellcheck source=bench/lib/machine.sh
source bench/lib/machine.sh

# model -> what Neurite trains, batch size, epochs, samples, peer thread probe samples
declare -A model_of=([m1]=mnist-mlp [m2]=bench/m2-cnn.json [m3]=quick-cnn)
declare -A batch=([m1]=100 [m2]=32 [m3]=128)
declare -A epochs=([m1]="${M1_EPOCHS:-10}" [m2]="${M2_EPOCHS:-2}" [m3]="${M3_EPOCHS:-2}")
declare -A samples=([m1]="${M1_SAMPLES:-60000}" [m2]="${M2_SAMPLES:-9600}" [m3]="${M3_SAMPLES:-60000}")
declare -A probe=([m1]=12000 [m2]=1600 [m3]=6400)

echo "== machine"
machine_report
bench_environment
[ -d "$data" ] || { echo "refusing to start: no data at $data (apt-get install dataset-fashion-mnist)" >&2; exit 3; }
machine_load_ok "${MAX_LOAD:-0.5}" "$force"   # first: the checks below load the CPU themselves
peer_blas_ok "$python"
./neurite --version >/dev/null   # builds once, outside the timings
bench_neurite_command
"${BENCH_NEURITE[@]}" --version | grep -E '^engine'

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
results="$tmp/results.tsv"   # model round engine s_per_epoch test_accuracy peak_rss_mb
: >"$results"

scaled() {  # seconds-per-epoch samples -> seconds per 60,000 images
  awk -v s="$1" -v n="$2" 'BEGIN { printf "%.3f", s * 60000 / n }'
}

neurite_run() {  # model round -> appends a result line, prints a summary
  local m="$1" r="$2" log="$tmp/$1-$2.log"
  if ! /usr/bin/time -v "${BENCH_NEURITE[@]}" train "${model_of[$m]}" --data "$data" --batch-size "${batch[$m]}" \
      --epochs "${epochs[$m]}" --train-samples "${samples[$m]}" --validation-split 0 --seed 1 --profile \
      >"$log" 2>"$log.time"; then
    echo "Neurite failed on $m:" >&2; tail -n 20 "$log" "$log.time" >&2; exit 1
  fi
  local per_epoch acc rss
  per_epoch=$(awk '/^Profile \(/ { on = 1; next } on && /^ *[0-9]+ / { t[++n] = $NF }
      END { if (n == 0) { print "nan"; exit } s = 0; k = 0; for (i = (n > 1 ? 2 : 1); i <= n; i++) { s += t[i]; k++ }
            printf "%.4f", s / k }' "$log")
  acc=$(sed -n 's/.*test accuracy: \([0-9.]*\).*/\1/p' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log.time")
  printf '%s\t%s\tneurite\t%s\t%s\t%s\n' "$m" "$r" "$(scaled "$per_epoch" "${samples[$m]}")" "$acc" "$rss" \
      >>"$results"
}

field() { sed -n "s/.*$2=\([0-9.]*\).*/\1/p" <<<"$1"; }

peer_result() {  # model config epochs samples [--no-test] -> the peer's result line
  local out m="$1" config="$2" flags=()
  [[ "$config" == *cl* ]] && flags+=(--channels-last)
  [[ "$config" == *fz* ]] && flags+=(--flush-denormal)
  if ! out=$(OPENBLAS_NUM_THREADS="$(blas_threads "$config")" "$python" bench/peer_pytorch.py "$m" "$data" \
      "$(torch_threads "$config")" "$3" "$4" "${flags[@]}" "${@:5}" 2>&1); then
    echo "PyTorch failed on $m ($config):" >&2; tail -n 20 <<<"$out" >&2; exit 1
  fi
  grep '^result' <<<"$out"
}

peer_run() {  # model round config
  local m="$1" r="$2" line
  line=$(peer_result "$m" "$3" "${epochs[$m]}" "${samples[$m]}")
  printf '%s\t%s\tpytorch\t%s\t%s\t%s\n' "$m" "$r" "$(field "$line" s_per_epoch)" "$(field "$line" test_accuracy)" \
      "$(field "$line" peak_rss_mb)" >>"$results"
}

# A peer configuration is a word: t<torch threads>b<OpenBLAS threads>, then cl (channels_last) and fz (denormals
# flushed to zero) when used, e.g. t2b1cl.
torch_threads() { sed 's/^t\([0-9]*\).*/\1/' <<<"$1"; }
blas_threads() { sed 's/^t[0-9]*b\([0-9]*\).*/\1/' <<<"$1"; }
describe() {
  local text="torch threads $(torch_threads "$1"), OpenBLAS threads $(blas_threads "$1")"
  [[ "$1" == *cl* ]] && text="$text, channels_last"
  [[ "$1" == *fz* ]] && text="$text, denormals flushed to zero"
  echo "$text"
}

echo "== PyTorch's best configuration per model"
# Debian's PyTorch runs Linear on OpenBLAS (pthread build: its own thread pool, OPENBLAS_NUM_THREADS) and conv on
# oneDNN (OpenMP, torch.set_num_threads): both pools at 2 threads oversubscribe 2 cores. Each configuration trains
# 2 short epochs (no test); the fastest wins; then denormal flushing is tried on the winner.
declare -A peer_config
for m in $models; do
  if [ -n "${PEER_CONFIG:-}${PEER_THREADS:-}" ]; then
    peer_config[$m]="${PEER_CONFIG:-t${PEER_THREADS}b${PEER_THREADS}}"
    echo "${m^^} pytorch: $(describe "${peer_config[$m]}") (PEER_CONFIG/PEER_THREADS)"
    continue
  fi
  n=$(( ${probe[$m]} < ${samples[$m]} ? ${probe[$m]} : ${samples[$m]} ))
  candidates="t1b1 t1b2 t2b1 t2b2"
  [ "$m" != m1 ] && candidates="$candidates t1b1cl t1b2cl t2b1cl t2b2cl"
  best="" best_time=""
  probe_line=""
  for c in $candidates; do
    t=$(field "$(peer_result "$m" "$c" 2 "$n" --no-test)" s_per_epoch)
    probe_line="$probe_line $c $t"
    if [ -z "$best" ] || awk -v a="$t" -v b="$best_time" 'BEGIN { exit !(a < b) }'; then best="$c" best_time="$t"; fi
  done
  t=$(field "$(peer_result "$m" "${best}fz" 2 "$n" --no-test)" s_per_epoch)
  probe_line="$probe_line ${best}fz $t"
  if awk -v a="$t" -v b="$best_time" 'BEGIN { exit !(a < b) }'; then best="${best}fz" best_time="$t"; fi
  peer_config[$m]="$best"
  echo "${m^^} pytorch best: $best = $(describe "$best") (probe, 2 epochs of $n images, s/epoch scaled:$probe_line)"
done

echo "== rounds (s/epoch, scaled to 60,000 images where fewer were used)"
for r in $(seq 1 "$rounds"); do
  for m in $models; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    neurite_run "$m" "$r"
    peer_run "$m" "$r" "${peer_config[$m]}"
    awk -F'\t' -v m="$m" -v r="$r" -v load="$load" '$1 == m && $2 == r { t[$3] = $4; a[$3] = $5; k[$3] = $6 }
        END { printf "round %d %s: neurite %.3f (acc %s, %s MB) | pytorch %.3f (acc %s, %s MB) | ratio %.2f" \
              " | load before %s\n", r, toupper(m), t["neurite"], a["neurite"], k["neurite"], t["pytorch"],
              a["pytorch"], k["pytorch"], t["neurite"] / t["pytorch"], load }' "$results"
  done
done

echo "== summary over $rounds round(s)"
declare -A sizes
for m in $models; do sizes[$m]="${epochs[$m]} epoch(s) of ${samples[$m]} images"; done
"$python" - "$results" "$models" "m1=${sizes[m1]:-}" "m2=${sizes[m2]:-}" "m3=${sizes[m3]:-}" \
    "m1=${peer_config[m1]:-}" "m2=${peer_config[m2]:-}" "m3=${peer_config[m3]:-}" "$MACHINE_FORCED" <<'PY'
import statistics
import sys

path, models = sys.argv[1], sys.argv[2].split()
sizes = dict(a.split("=", 1) for a in sys.argv[3:6])
threads = dict(a.split("=", 1) for a in sys.argv[6:9])
forced = sys.argv[9] == "1"
rows = [line.rstrip("\n").split("\t") for line in open(path)]
ratios, memory = {}, {}
for m in models:
    by = {e: [(int(r[1]), float(r[3]), r[4], float(r[5])) for r in rows if r[0] == m and r[2] == e]
          for e in ("neurite", "pytorch")}
    per_round = [n[1] / p[1] for n, p in zip(sorted(by["neurite"]), sorted(by["pytorch"]))]
    for engine, runs in by.items():
        times = " ".join("%.3f" % t for _, t, _, _ in sorted(runs))
        accuracies = sorted({a for _, _, a, _ in runs})
        extra = " (configuration: %s)" % threads[m] if engine == "pytorch" else ""
        print("%s %s: median %.3f s/epoch%s over rounds [%s], %s; test accuracy %s, peak RSS %.0f MB"
              % (m.upper(), engine, statistics.median(t for _, t, _, _ in runs), extra, times, sizes[m],
                 "/".join(accuracies), max(k for _, _, _, k in runs)))
    ratios[m] = statistics.median(per_round)
    memory[m] = max(k for *_, k in by["neurite"]) / max(k for *_, k in by["pytorch"])
    print("%s ratio neurite/pytorch: median %.2f, worst %.2f (rounds: %s)"
          % (m.upper(), ratios[m], max(per_round), " ".join("%.2f" % x for x in per_round)))
print("memory ratio " + " ".join("%s %.2f" % (m, memory[m]) for m in models))
if forced:
    print("!!! FORCED RUN ON A BUSY MACHINE: THESE RATIOS DO NOT COUNT !!!")
print("ratio " + " ".join("%s %.2f" % (m, ratios[m]) for m in models))
PY
