# Shared by bench/run.sh and bench/profile.sh (source it): what the machine is, and whether a timing on it counts.
#   machine_report            prints the CPU model, the SIMD flags that matter, cores, memory and the engine knobs
#   machine_load_ok MAX FORCE refuses (exit 3) when the 1-minute load average is above MAX, unless FORCE is 1: then
#                             it prints a loud warning and sets MACHINE_FORCED=1 (the caller marks its result)
#   peer_blas_ok PYTHON       refuses (exit 3) when PyTorch would multiply matrices with the reference BLAS
#   bench_environment         exports what both engines run with (the same for both) and prints it
MACHINE_FORCED=0

# glibc's malloc hands large blocks back to the kernel (munmap, heap trim) as soon as they are freed, so a process
# that allocates a new activation per op and batch, as PyTorch's CPU allocator does, page-faults its memory in again
# on every batch. On these VMs that cost PyTorch 2-4x (M3 74 s -> 20 s/epoch on 1 thread, M2 315 s -> 117 s; most of
# its time was system time). Keeping blocks up to 32 MB in the heap and never trimming it is PyTorch's best setting
# here (what jemalloc/tcmalloc, which Intel's tuning guide recommends, would also do); Neurite preallocates its
# buffers and does not care. BENCH_GLIBC_TUNABLES="" runs with glibc's defaults.
BENCH_GLIBC_TUNABLES_DEFAULT="glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=1073741824"

# ISA=avx2 runs both engines as on a CPU without AVX-512 (an AVX-512 machine can still measure the AVX2 case):
# oneDNN, which both use for convolutions and Neurite also for its gemms, is capped with DNNL_MAX_CPU_ISA, OpenBLAS
# gets the Haswell kernels, PyTorch's own kernels ATEN_CPU_CAPABILITY=avx2, and Neurite loads libnd4j's AVX2 build
# (bench_neurite_command) with the JIT compiler capped at AVX2 (-XX:UseAVX=2).
bench_environment() {
  local tunables="${BENCH_GLIBC_TUNABLES-$BENCH_GLIBC_TUNABLES_DEFAULT}"
  if [ -n "$tunables" ]; then export GLIBC_TUNABLES="$tunables"; else unset GLIBC_TUNABLES; fi
  case "${ISA:-native}" in
    native) ;;
    avx2) export DNNL_MAX_CPU_ISA=AVX2 ONEDNN_MAX_CPU_ISA=AVX2 ATEN_CPU_CAPABILITY=avx2 OPENBLAS_CORETYPE=Haswell ;;
    *) echo "refusing to start: ISA must be native or avx2, not '$ISA'" >&2; exit 3 ;;
  esac
  local coretype="${OPENBLAS_CORETYPE:-}"
  [ -z "$coretype" ] && coretype="unset (Neurite chooses SkylakeX on AVX-512 CPUs, the OpenBLAS of PyTorch its own)"
  echo "both engines run with: GLIBC_TUNABLES=${GLIBC_TUNABLES:-unset} OPENBLAS_CORETYPE=$coretype" \
      "ISA=${ISA:-native}${DNNL_MAX_CPU_ISA:+ DNNL_MAX_CPU_ISA=$DNNL_MAX_CPU_ISA ATEN_CPU_CAPABILITY=avx2}"
}

# Sets BENCH_NEURITE to the command that runs Neurite's command line: ./neurite, with ISA=avx2 told to load libnd4j's
# AVX2 build (on the class path beside the AVX-512 one) and with the JIT compiler capped at AVX2.
bench_neurite_command() {
  BENCH_NEURITE=(./neurite)
  [ "${ISA:-native}" = avx2 ] || return 0
  local options="-XX:UseAVX=2 -Dorg.bytedeco.javacpp.platform.extension=-onednn-avx2 ${NEURITE_JAVA_OPTS:-}"
  BENCH_NEURITE=(env "NEURITE_JAVA_OPTS=$options" ./neurite)
}

machine_report() {
  local model flags
  model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
  flags=$(sed -n 's/^flags[[:space:]]*: //p' /proc/cpuinfo | head -n 1 | tr ' ' '\n' \
      | grep -x -E 'sse4_2|avx|avx2|fma|avx512f|avx512bw|avx512vl|avx512_vnni|avx512_bf16|amx_tile' | tr '\n' ' ')
  echo "cpu: ${model:-unknown} (family $(sed -n 's/^cpu family[[:space:]]*: //p' /proc/cpuinfo | head -n 1)," \
      "model $(sed -n 's/^model[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), $(nproc) cores," \
      "$(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo)"
  echo "cpu flags: ${flags:-none of avx2/avx512}"
  if grep -qw avx512f /proc/cpuinfo; then echo "simd: AVX-512"; elif grep -qw avx2 /proc/cpuinfo; then
    echo "simd: AVX2 (no AVX-512)"; else echo "simd: neither AVX2 nor AVX-512"; fi
  echo "environment: OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-unset} OMP_NUM_THREADS=${OMP_NUM_THREADS:-unset}" \
      "NEURITE_THREADS=${NEURITE_THREADS:-unset}"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

machine_load_ok() {  # max force
  local max="$1" force="$2" load
  load=$(cut -d' ' -f1 /proc/loadavg)
  if awk -v l="$load" -v m="$max" 'BEGIN { exit !(l <= m) }'; then
    return 0
  fi
  if [ "$force" = 1 ]; then
    MACHINE_FORCED=1
    echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
    echo "!!! FORCED on a busy machine: 1-minute load average $load > $max. Other work competes for the cores and"
    echo "!!! slows the engines unequally: the times and ratios of this run DO NOT COUNT."
    echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
    return 0
  fi
  echo "refusing to start: the 1-minute load average is $load, above $max; something else is running" \
      "(see top). Wait until the machine is quiet, or run with --force (FORCE=1) for a run that does not count." >&2
  exit 3
}

peer_blas_ok() {  # python
  local python="$1" libs
  if ! libs=$("$python" - <<'PY' 2>&1
import os
import torch
a = torch.ones(64, 64)
(a @ a).sum().item()
seen = set()
with open("/proc/self/maps") as maps:
    for line in maps:
        path = line.split()[-1]
        name = os.path.basename(path)
        if path.startswith("/") and any(k in name for k in ("blas", "mkl", "blis", "lapack")):
            seen.add(os.path.realpath(path))
print("\n".join(sorted(seen)))
PY
  ); then
    echo "refusing to start: PyTorch does not load with $python ($(tail -n 1 <<<"$libs"));" \
        "apt-get install python3-torch" >&2
    exit 3
  fi
  if grep -q -E 'openblas|mkl|blis' <<<"$libs"; then
    echo "peer blas: $(grep -E 'openblas|mkl|blis' <<<"$libs" | head -n 1)"
    return 0
  fi
  echo "refusing to start: PyTorch would run on the reference BLAS ($(grep -m1 blas <<<"$libs" || echo 'none found')," \
      "10-30x slower than an optimised one, which makes every ratio meaningless): install libopenblas0-pthread" \
      "(apt-get install libopenblas0-pthread; update-alternatives --query libblas.so.3-x86_64-linux-gnu shows" \
      "the choice)" >&2
  exit 3
}
