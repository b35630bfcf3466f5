package dev.neurite.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class NativeVariantChoiceTest {

    private static final String SSE_ONLY = "fpu sse sse2 ssse3 sse4_1 sse4_2 popcnt";
    private static final String HASWELL = SSE_ONLY + " avx avx2 fma f16c bmi1 bmi2";
    private static final String SKYLAKE_X = HASWELL + " avx512f avx512cd avx512bw avx512dq avx512vl";
    private static final String XEON_PHI = HASWELL + " avx512f avx512cd avx512er avx512pf";
    /** What the installer ships for Linux x86-64. */
    private static final Set<String> SHIPPED = Set.of("-onednn-avx512", "-onednn-avx2", "-onednn");

    private static Set<String> flags(String line) {
        return Arrays.stream(line.split(" ")).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @CsvSource({
            "'" + SKYLAKE_X + "', -onednn-avx512",
            "'" + HASWELL + "', -onednn-avx2",
            "'" + XEON_PHI + "', -onednn-avx2",
            "'" + SSE_ONLY + "', -onednn",
            "'', -onednn",
    })
    void choosesTheFastestShippedBuildTheCpuRuns(String cpuFlags, String expected) {
        assertEquals(expected, NativeVariant.choose(flags(cpuFlags), SHIPPED::contains).orElseThrow());
    }

    @Test
    void fallsBackToTheGenericBuildWhenNoFasterBuildTheCpuRunsIsPresent() {
        Set<String> present = Set.of("-onednn-avx512", "");
        assertEquals("", NativeVariant.choose(flags(HASWELL), present::contains).orElseThrow());
    }

    /** The class path of a source checkout (model-core's dependencies) holds a oneDNN build for either kind of CPU. */
    @ParameterizedTest
    @CsvSource({
            "'" + SKYLAKE_X + "', -onednn-avx512",
            "'" + HASWELL + "', -onednn-avx2",
    })
    void aSourceCheckoutRunsOneDnnOnCpusWithAndWithoutAvx512(String cpuFlags, String expected) {
        assumeTrue(Set.of("linux-x86_64", "windows-x86_64").contains(NativeVariant.platform()),
                "the Linux and Windows x86-64 class paths hold both builds");
        assertEquals(expected, NativeVariant.choose(flags(cpuFlags), NativeVariant::onClassPath).orElseThrow());
    }

    @Test
    void choosesNothingWhenNoBuildIsPresent() {
        assertTrue(NativeVariant.choose(flags(SKYLAKE_X), extension -> false).isEmpty());
    }

    @Test
    void readsTheFlagsOfProcCpuinfo(@TempDir Path dir) throws IOException {
        Path cpuinfo = dir.resolve("cpuinfo");
        Files.writeString(cpuinfo, "processor\t: 0\nmodel name\t: Test CPU\nflags\t\t: fpu avx2 avx512f\n\n"
                + "processor\t: 1\nflags\t\t: fpu\n");
        assertEquals(Set.of("fpu", "avx2", "avx512f"), NativeVariant.cpuFlags(cpuinfo));
    }

    @Test
    void readsNoFlagsFromAMissingFile(@TempDir Path dir) {
        assertEquals(Set.of(), NativeVariant.cpuFlags(dir.resolve("missing")));
    }
}
