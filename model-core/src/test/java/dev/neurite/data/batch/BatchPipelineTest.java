package dev.neurite.data.batch;

import dev.neurite.data.DataSet;
import dev.neurite.data.Provenance;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchPipelineTest {

    /** Ten 4x4 images; image i has every pixel = 10 * i and label i % 3. */
    private static DataSet tiny() {
        byte[] pixels = new byte[10 * 16];
        int[] labels = new int[10];
        for (int i = 0; i < 10; i++) {
            Arrays.fill(pixels, i * 16, i * 16 + 16, (byte) (10 * i));
            labels[i] = i % 3;
        }
        return DataSet.labelled("tiny", 4, 4, pixels, labels, List.of("a", "b", "c"), Provenance.inMemory("test"));
    }

    @Test
    void epochVisitsEveryImageOnceWithASmallerLastBatch() {
        BatchPipeline pipeline = new BatchPipeline(tiny(), BatchOptions.of(4, 7));
        Set<Integer> seen = new HashSet<>();
        int[] sizes = new int[3];
        Iterator<Batch> epoch = pipeline.epoch(0);
        for (int b = 0; epoch.hasNext(); b++) {
            Batch batch = epoch.next();
            sizes[b] = batch.size();
            for (int i = 0; i < batch.size(); i++) {
                int image = Math.round(batch.features()[i * 16] * 255 / 10);
                seen.add(image);
                assertEquals(image % 3, batch.labels()[i]);
            }
        }
        assertArrayEquals(new int[] {4, 4, 2}, sizes);
        assertEquals(10, seen.size());
        assertEquals(3, pipeline.batchesPerEpoch());
    }

    @Test
    void sameSeedAndEpochGiveTheSameOrderAndOtherEpochsDiffer() {
        BatchPipeline one = new BatchPipeline(tiny(), BatchOptions.of(4, 7));
        BatchPipeline two = new BatchPipeline(tiny(), BatchOptions.of(4, 7));
        assertArrayEquals(one.order(3), two.order(3));
        assertFalse(Arrays.equals(one.order(0), one.order(1)));
    }

    @Test
    void batchBuffersAreReused() {
        Iterator<Batch> epoch = new BatchPipeline(tiny(), BatchOptions.of(4, 7)).epoch(0);
        Batch first = epoch.next();
        float[] buffer = first.features();
        Batch second = epoch.next();
        assertSame(first, second);
        assertSame(buffer, second.features());
        assertArrayEquals(new int[] {4, 4, 4, 1}, second.nhwcShape());
        assertArrayEquals(new int[] {4, 16}, second.flatShape());
    }

    @Test
    void oneHotLabelsMatchIntegerLabels() {
        Batch batch = new BatchPipeline(tiny(), BatchOptions.of(10, 1).withOneHot(true)).epoch(0).next();
        for (int i = 0; i < 10; i++) {
            float[] row = Arrays.copyOfRange(batch.oneHot(), i * 3, i * 3 + 3);
            assertArrayEquals(OneHot.encode(batch.labels()[i], 3), row);
        }
    }

    @Test
    void standardisedInputsHaveZeroMeanAndUnitDeviation() {
        DataSet data = tiny();
        BatchOptions options = BatchOptions.of(10, 1).withScaling(PixelScaling.standardised(data));
        float[] x = new BatchPipeline(data, options).epoch(0).next().features();
        double mean = 0;
        for (float v : x) {
            mean += v;
        }
        mean /= x.length;
        double variance = 0;
        for (float v : x) {
            variance += (v - mean) * (v - mean);
        }
        assertEquals(0, mean, 1e-4);
        assertEquals(1, variance / x.length, 1e-3);
    }

    @Test
    void augmentationIsSeededAndChangesImages() {
        DataSet data = dataWithOneDot();
        BatchOptions options = BatchOptions.of(1, 5).withShuffle(false)
                .withAugmentation(new Augmentation(20, 0.2, 0.2, 0.1));
        float[] a = new BatchPipeline(data, options).epoch(0).next().features().clone();
        float[] b = new BatchPipeline(data, options).epoch(0).next().features().clone();
        float[] plain = new BatchPipeline(data, options.withAugmentation(Augmentation.NONE)).epoch(0).next()
                .features().clone();
        assertArrayEquals(a, b);
        assertNotEquals(Arrays.toString(plain), Arrays.toString(a));
    }

    @Test
    void oneHotWithoutLabelsIsRefused() {
        DataSet unlabelled = DataSet.unlabelled("u", 4, 4, new byte[16], List.of("a"), Provenance.inMemory("t"));
        assertThrows(IllegalArgumentException.class,
                () -> new BatchPipeline(unlabelled, BatchOptions.of(1, 1).withOneHot(true)));
    }

    @Test
    void augmentationRangesAreValidated() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new Augmentation(10, 1.5, 0, 0));
        assertTrue(error.getMessage().contains("widthShiftRange must be in [0.0, 1.0); got 1.5"), error.getMessage());
    }

    private static DataSet dataWithOneDot() {
        byte[] pixels = new byte[28 * 28];
        for (int y = 10; y < 18; y++) {
            for (int x = 12; x < 16; x++) {
                pixels[y * 28 + x] = (byte) 255;
            }
        }
        return DataSet.labelled("dot", 28, 28, pixels, new int[] {0}, List.of("0"), Provenance.inMemory("t"));
    }
}
