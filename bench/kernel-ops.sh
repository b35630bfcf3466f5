#!/usr/bin/env bash
# Per-layer timings of one M3 and one M2 batch through the engine's kernels and the libnd4j ops under them
# (bench/kernel-ops/KernelOps.java): minimum and median of N calls, ms. Not a test; the load average is printed
# first, since minima under load still move (BENCHMARKS.md, session 6).
#     bench/kernel-ops.sh [m3] [m2]          (env: N calls, 30; THREADS, 2)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./neurite --version >/dev/null   # builds once when the sources changed
classpath="$(ls app/target/neurite-app-*.jar | head -n 1):$(cat app/target/classpath.txt)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
OMP_WAIT_POLICY=PASSIVE java -Dn="${N:-30}" -Dthreads="${THREADS:-2}" -cp "$classpath" \
    bench/kernel-ops/KernelOps.java "$@" 2>&1 | grep -E '^(OpenMP|M[0-9] )'
