/* The machine's fp32 peak: independent FMA chains on vector registers, one loop per thread, no memory traffic.
 * Built and run by bench/peak-flops.sh: cc -O3 -funroll-loops -mavx2 -mfma [-mavx512f] -pthread fma_peak.c.
 *     fma_peak THREADS SECONDS
 * prints "peak <avx2|avx512> threads=<n> gflops=<mean> best_slice_gflops=<best>": the mean over the run and the
 * fastest slice of 1e6 iterations per thread, summed (closer to the peak when other work preempts the threads).
 * Each FMA counts as 2 flops per lane. */
#include <immintrin.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define CHAINS 12 /* enough independent accumulators to cover the FMA latency on 2 pipes */
#define INNER 1000000L

static double seconds_now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

typedef struct { double seconds; double flops; double best; float sink; } Work;

static void *run(void *arg) {
    Work *work = arg;
    double start = seconds_now(), flops = 0;
#ifdef __AVX512F__
    __m512 acc[CHAINS], a = _mm512_set1_ps(0.999999f), b = _mm512_set1_ps(1e-7f);
    for (int c = 0; c < CHAINS; c++) acc[c] = _mm512_set1_ps((float) c);
    const int lanes = 16;
#else
    __m256 acc[CHAINS], a = _mm256_set1_ps(0.999999f), b = _mm256_set1_ps(1e-7f);
    for (int c = 0; c < CHAINS; c++) acc[c] = _mm256_set1_ps((float) c);
    const int lanes = 8;
#endif
    double best = 0;
    while (seconds_now() - start < work->seconds) {
        double slice = seconds_now();
        for (long i = 0; i < INNER; i++) {
            for (int c = 0; c < CHAINS; c++) {
#ifdef __AVX512F__
                acc[c] = _mm512_fmadd_ps(acc[c], a, b);
#else
                acc[c] = _mm256_fmadd_ps(acc[c], a, b);
#endif
            }
        }
        flops += 2.0 * lanes * CHAINS * INNER;
        double rate = 2.0 * lanes * CHAINS * INNER / (seconds_now() - slice);
        if (rate > best) best = rate;
    }
    work->best = best;
    work->flops = flops / (seconds_now() - start);
    float sink = 0;
    for (int c = 0; c < CHAINS; c++) {
#ifdef __AVX512F__
        sink += _mm512_reduce_add_ps(acc[c]);
#else
        float lane[8];
        _mm256_storeu_ps(lane, acc[c]);
        sink += lane[0];
#endif
    }
    work->sink = sink;
    return NULL;
}

int main(int argc, char **argv) {
    int threads = argc > 1 ? atoi(argv[1]) : 1;
    double secs = argc > 2 ? atof(argv[2]) : 2;
    pthread_t ids[64];
    Work work[64];
    if (threads < 1 || threads > 64) return 2;
    for (int t = 0; t < threads; t++) {
        work[t].seconds = secs;
        pthread_create(&ids[t], NULL, run, &work[t]);
    }
    double total = 0, best = 0, sink = 0;
    for (int t = 0; t < threads; t++) {
        pthread_join(ids[t], NULL);
        total += work[t].flops;
        best += work[t].best;
        sink += work[t].sink;
    }
#ifdef __AVX512F__
    const char *isa = "avx512";
#else
    const char *isa = "avx2";
#endif
    printf("peak %s threads=%d gflops=%.1f best_slice_gflops=%.1f (sink %g)\n", isa, threads, total / 1e9,
           best / 1e9, sink);
    return 0;
}
