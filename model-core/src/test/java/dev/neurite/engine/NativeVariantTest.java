package dev.neurite.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NativeVariantTest {

    @Test
    void avx512BuildNeedsAvx512f() {
        assertTrue(NativeVariant.supported("-onednn-avx512", " fma avx2 avx512f avx512bw "));
        assertFalse(NativeVariant.supported("-onednn-avx512", " fma avx2 "));
    }

    @Test
    void avx2BuildNeedsAvx2AndGenericBuildsRunAnywhere() {
        assertFalse(NativeVariant.supported("-onednn-avx2", " sse4_2 "));
        assertTrue(NativeVariant.supported("-onednn", ""));
        assertTrue(NativeVariant.supported("", ""));
    }

    @Test
    void engineRunsTheOnednnBuildOnAvx512Machines() {
        org.junit.jupiter.api.Assumptions.assumeTrue(NativeVariant.cpuFlags().contains(" avx512f "));
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty(NativeVariant.PROPERTY) == null
                || System.getProperty(NativeVariant.PROPERTY).equals("-onednn-avx512"));
        org.junit.jupiter.api.Assertions.assertEquals("-onednn-avx512", NativeVariant.selectBeforeLoading());
    }
}
