package dev.neurite.engine;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngineEnvironmentTest {

    private static final Set<String> AVX2 = CpuFeatures.parse("avx avx2 fma f16c");
    private static final Set<String> AVX512 = CpuFeatures.parse("avx avx2 fma f16c avx512f avx512cd avx512bw "
            + "avx512dq avx512vl");

    @Test
    void threadsWaitPolicyAndTheSkylakeKernelsOnAvx512() {
        assertEquals(Map.of("OMP_NUM_THREADS", "3", "OMP_WAIT_POLICY", "PASSIVE", "GOMP_SPINCOUNT", "30000",
                        "OPENBLAS_CORETYPE", "SkylakeX"),
                EngineEnvironment.variables(Map.of("NEURITE_THREADS", " 3 "), AVX512));
        assertEquals(Map.of("OMP_WAIT_POLICY", "PASSIVE", "GOMP_SPINCOUNT", "30000"),
                EngineEnvironment.variables(Map.of(), AVX2));
        assertEquals(Map.of("OMP_WAIT_POLICY", "PASSIVE", "GOMP_SPINCOUNT", "30000"),
                EngineEnvironment.variables(Map.of("NEURITE_THREADS", "all"), Set.of()));
    }

    @Test
    void whatTheUserSetIsKept() {
        assertEquals(Map.of(), EngineEnvironment.variables(Map.of("NEURITE_THREADS", "2", "OMP_NUM_THREADS", "4",
                "OMP_WAIT_POLICY", "ACTIVE", "OPENBLAS_CORETYPE", "Haswell"), AVX512));
        assertEquals(Map.of("OMP_WAIT_POLICY", "PASSIVE"),
                EngineEnvironment.variables(Map.of("GOMP_SPINCOUNT", "0"), AVX2), "the user's spin count is kept");
    }

    /** The settings reach the C environment that native libraries read, and the JVM's flags. */
    @Test
    void applyingSetsTheNativeEnvironmentAndTheHeapFlags() {
        EngineEnvironment.Applied applied = EngineEnvironment.applyBeforeLoading();
        assertEquals(java.util.List.of(), applied.problems());
        String policy = System.getenv().getOrDefault("OMP_WAIT_POLICY", "PASSIVE");
        assertEquals(policy, NativeEnvironment.get("OMP_WAIT_POLICY"));
        assertTrue(applied.settings().stream().anyMatch(setting -> setting.startsWith("OMP_WAIT_POLICY=")));
        var hotspot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
        assertEquals("30", hotspot.getVMOption("MaxHeapFreeRatio").getValue());
        assertEquals("1000", hotspot.getVMOption("G1PeriodicGCInterval").getValue());
    }

    /** The window's periodic collections are further apart than the command line's. */
    @Test
    void aWindowCollectsEveryTwoSeconds() {
        var hotspot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
        EngineEnvironment.applyBeforeLoading();
        try {
            assertEquals("-XX:G1PeriodicGCInterval=2000", EngineEnvironment.applyForWindow());
            assertEquals("2000", hotspot.getVMOption("G1PeriodicGCInterval").getValue());
        } finally {
            hotspot.setVMOption("G1PeriodicGCInterval", EngineEnvironment.JVM_FLAGS.get("G1PeriodicGCInterval"));
        }
    }
}
