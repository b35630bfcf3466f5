package dev.neurite.engine;

import dev.neurite.engine.CpuFeatures.CpuIdentity;
import dev.neurite.engine.CpuFeatures.JvmVectorLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CpuFeaturesTest {

    private static final Set<String> SSE = CpuFeatures.parse("fpu sse sse2 ssse3 sse4_1 sse4_2 popcnt");
    private static final Set<String> HASWELL = CpuFeatures.parse("fpu sse sse2 ssse3 sse4_1 sse4_2 avx avx2 fma f16c");
    private static final Set<String> AVX512 = CpuFeatures.parse(String.join(" ", HASWELL)
            + " avx512f avx512cd avx512bw avx512dq avx512vl avx512_vnni");
    private static final CpuIdentity ZEN5 = new CpuIdentity("AuthenticAMD", 26, 2, 1);
    private static final CpuIdentity CASCADE_LAKE = new CpuIdentity("GenuineIntel", 6, 0x55, 7);
    private static final CpuIdentity SKYLAKE_SP = new CpuIdentity("GenuineIntel", 6, 0x55, 4);

    private static Optional<JvmVectorLevel> jvm(int avx, boolean fma) {
        return Optional.of(new JvmVectorLevel(avx, fma));
    }

    @Test
    void theKernelsFlagsStandWhereTheJvmAgrees() {
        assertEquals(AVX512, CpuFeatures.combine(AVX512, ZEN5, jvm(3, true)));
        assertEquals(HASWELL, CpuFeatures.combine(HASWELL, CpuIdentity.UNKNOWN, jvm(2, true)));
        assertEquals(AVX512, CpuFeatures.combine(AVX512, ZEN5, Optional.empty()));
    }

    /** qemu-user passes the host's /proc/cpuinfo through but answers CPUID for the CPU it emulates. */
    @Test
    void levelsTheJvmFoundMissingAreRemoved() {
        Set<String> haswell = CpuFeatures.combine(AVX512, ZEN5, jvm(2, true));
        assertEquals("AVX2", CpuFeatures.describe(haswell));
        assertTrue(haswell.stream().noneMatch(flag -> flag.startsWith("avx512")));
        Set<String> westmere = CpuFeatures.combine(AVX512, ZEN5, jvm(0, false));
        assertEquals("no AVX2", CpuFeatures.describe(westmere));
        assertFalse(westmere.contains("avx"));
        assertEquals(NativeVariant.choose(westmere, extension -> true), Optional.of("-onednn"));
        assertEquals(NativeVariant.choose(haswell, extension -> true), Optional.of("-onednn-avx2"));
    }

    @Test
    void theFirstSkylakeSpKeepsAvx512ThatHotSpotLeavesOff() {
        assertEquals(AVX512, CpuFeatures.combine(AVX512, SKYLAKE_SP, jvm(2, true)));
        assertEquals("AVX2", CpuFeatures.describe(CpuFeatures.combine(AVX512, CASCADE_LAKE, jvm(2, true))));
    }

    @Test
    void withoutProcCpuinfoTheJvmsLevelDecidesAndNeverClaimsAvx512Subsets() {
        Set<String> windows = CpuFeatures.combine(Set.of(), CpuIdentity.UNKNOWN, jvm(3, true));
        assertEquals("AVX2", CpuFeatures.describe(windows));
        assertEquals(Optional.of("-onednn-avx2"), NativeVariant.choose(windows, extension -> true));
        assertEquals("AVX2", CpuFeatures.describe(CpuFeatures.combine(Set.of(), CpuIdentity.UNKNOWN, jvm(2, true))));
        assertEquals("no AVX2", CpuFeatures.describe(CpuFeatures.combine(Set.of(), CpuIdentity.UNKNOWN,
                jvm(2, false))));
        assertEquals(Set.of(), CpuFeatures.combine(Set.of(), CpuIdentity.UNKNOWN, Optional.empty()));
        assertEquals(SSE, CpuFeatures.combine(SSE, CpuIdentity.UNKNOWN, jvm(0, false)));
    }

    @Test
    void readsTheIdentityOfTheFirstProcessor(@TempDir Path dir) throws IOException {
        Path cpuinfo = dir.resolve("cpuinfo");
        Files.writeString(cpuinfo, "processor\t: 0\nvendor_id\t: GenuineIntel\ncpu family\t: 6\nmodel\t\t: 85\n"
                + "model name\t: Intel(R) Xeon(R) Gold 6130\nstepping\t: 4\nflags\t\t: fpu avx512f\n\n"
                + "processor\t: 1\nvendor_id\t: GenuineIntel\nmodel\t\t: 1\n");
        CpuIdentity identity = CpuFeatures.identity(cpuinfo);
        assertEquals(SKYLAKE_SP, identity);
        assertTrue(identity.jvmAvoidsAvx512());
        assertEquals(CpuIdentity.UNKNOWN, CpuFeatures.identity(dir.resolve("missing")));
    }

    @Test
    void thisJvmTellsItsLevelOnX86() {
        String arch = System.getProperty("os.arch");
        if (arch.equals("amd64") || arch.equals("x86_64")) {
            assertTrue(CpuFeatures.jvmVectorLevel().isPresent());
        }
    }
}
