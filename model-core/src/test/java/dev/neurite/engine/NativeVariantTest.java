package dev.neurite.engine;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class NativeVariantTest {

    /** On this machine, from the class path a source build has: oneDNN with AVX-512, or with AVX2 without it. */
    @Test
    void engineRunsAOnednnBuildForThisCpu() {
        Set<String> flags = CpuFeatures.detect();
        assumeTrue(flags.containsAll(CpuFeatures.AVX2), "a CPU with AVX2");
        assumeTrue(Set.of("linux-x86_64", "windows-x86_64").contains(NativeVariant.platform()));
        String expected = flags.containsAll(CpuFeatures.AVX512) ? "-onednn-avx512" : "-onednn-avx2";
        assumeTrue(System.getProperty(NativeVariant.PROPERTY) == null
                || System.getProperty(NativeVariant.PROPERTY).equals(expected));
        assertEquals(expected, NativeVariant.selectBeforeLoading());
    }
}
