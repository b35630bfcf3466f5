# Environment for ND4J's native libraries, sourced by the launchers before the JVM starts (the native
# libraries read these once, when they load). A value the user already set is kept.
# NEURITE_THREADS=N chooses the engine's CPU threads (default: all cores); `--threads N` does the same per command.
if [ -n "${NEURITE_THREADS:-}" ]; then
  export OMP_NUM_THREADS="${OMP_NUM_THREADS:-$NEURITE_THREADS}"
fi
# OpenMP threads spinning while OpenBLAS runs its own pool make small models 3-5x slower (docs-engine.md: Threads).
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
# OpenBLAS 0.3.19 does not recognise Zen 4/5 CPUs and falls back to AVX2 kernels; on CPUs with AVX-512 the
# SkylakeX kernels are 1.5-1.7x faster for sgemm.
if [ -z "${OPENBLAS_CORETYPE:-}" ] && grep -qw avx512f /proc/cpuinfo 2>/dev/null; then
  export OPENBLAS_CORETYPE=SkylakeX
fi
