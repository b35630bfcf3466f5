package dev.neurite.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChunkSizerTest {

    private final ChunkSizer sizer = new ChunkSizer();

    @Test
    void fastImagesGrowTheChunkByDoublingUpToTheMaximum() {
        assertEquals(ChunkSizer.FIRST, sizer.next());
        sizer.took(sizer.next(), 1_000);
        assertEquals(2 * ChunkSizer.FIRST, sizer.next());
        for (int i = 0; i < 10; i++) {
            sizer.took(sizer.next(), 1_000);
        }
        assertEquals(ChunkSizer.MAX, sizer.next());
    }

    @Test
    void slowImagesShrinkTheChunkToOne() {
        sizer.took(16, 16 * ChunkSizer.TARGET_NANOS);
        assertEquals(4, sizer.next(), "at most a quarter at a time");
        sizer.took(4, 4 * ChunkSizer.TARGET_NANOS);
        assertEquals(1, sizer.next());
        sizer.took(1, 10 * ChunkSizer.TARGET_NANOS);
        assertEquals(1, sizer.next());
    }

    @Test
    void aChunkSettlesOnThePowerOfTwoThatFitsTheTargetTime() {
        long perImage = ChunkSizer.TARGET_NANOS / 40;
        for (int i = 0; i < 6; i++) {
            sizer.took(sizer.next(), sizer.next() * perImage);
        }
        assertEquals(32, sizer.next());
        sizer.took(32, 32 * perImage * 11 / 10);
        assertEquals(32, sizer.next(), "a little slower: the size stays");
    }
}
