#!/usr/bin/env bash
# The machine's measured fp32 peak (GFLOP/s): an FMA loop on registers (bench/peak/fma_peak.c), AVX2 and, where the
# CPU has it, AVX-512, on 1 thread and on every core. The s/epoch a model could reach at that peak is its FLOPs per
# epoch divided by it (BENCHMARKS.md: "Share of the peak"). Not a test; run on purpose, on a quiet machine:
#     bench/peak-flops.sh [SECONDS per measurement, default 3]
# Needs: a C compiler (cc) with <immintrin.h> (gcc or clang). Prints the machine lines of bench/run.sh first.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-3}"
cd "$here"
# shellcheck source=bench/lib/machine.sh
source bench/lib/machine.sh
machine_report
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
isas="avx2"
grep -qw avx512f /proc/cpuinfo && isas="avx2 avx512"
for isa in $isas; do
  flags=(-mavx2 -mfma)
  [ "$isa" = avx512 ] && flags+=(-mavx512f)
  cc -O3 -funroll-loops "${flags[@]}" -pthread bench/peak/fma_peak.c -o "$build/$isa"
  for threads in 1 "$(nproc)"; do
    "$build/$isa" "$threads" "$seconds" | sed 's/ (sink.*//'
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
