package dev.neurite.engine;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class NativeVariantTest {

    @Test
    void engineRunsTheOnednnBuildOnAvx512Machines() {
        Set<String> flags = CpuFeatures.detect();
        assumeTrue(flags.containsAll(Set.of("avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl", "fma", "f16c")));
        assumeTrue(System.getProperty(NativeVariant.PROPERTY) == null
                || System.getProperty(NativeVariant.PROPERTY).equals("-onednn-avx512"));
        assertEquals("-onednn-avx512", NativeVariant.selectBeforeLoading());
    }
}
