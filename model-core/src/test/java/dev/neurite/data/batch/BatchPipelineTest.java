package dev.neurite.data.batch;

import dev.neurite.data.DataSet;
import dev.neurite.data.Provenance;
import dev.neurite.settings.Augmentation;
import dev.neurite.settings.SettingsException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        BatchPipeline pipeline = new BatchPipeline(tiny(), shuffled(4, 7));
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
        BatchPipeline one = new BatchPipeline(tiny(), shuffled(4, 7));
        BatchPipeline two = new BatchPipeline(tiny(), shuffled(4, 7));
        assertArrayEquals(one.order(3), two.order(3));
        assertFalse(Arrays.equals(one.order(0), one.order(1)));
    }

    @Test
    void batchBuffersAreReused() {
        Iterator<Batch> epoch = new BatchPipeline(tiny(), shuffled(4, 7)).epoch(0);
        Batch first = epoch.next();
        float[] buffer = first.features();
        Batch second = epoch.next();
        assertSame(first, second);
        assertSame(buffer, second.features());
        assertEquals(16, second.pixelsPerImage());
    }

    @Test
    void pixelsBecomeValuesInTheUnitRange() {
        Batch batch = new BatchPipeline(tiny(), BatchOptions.inOrder(10)).epoch(0).next();
        for (int i = 0; i < 10; i++) {
            assertEquals(10 * i / 255f, batch.features()[i * 16 + 5], 1e-7f);
            assertEquals(i % 3, batch.labels()[i]);
        }
    }

    @Test
    void augmentationIsSeededPerEpochAndChangesImages() {
        DataSet data = dataWithOneDot();
        BatchOptions options = new BatchOptions(1, false, 5, new Augmentation(20, 0.2, 0.2, 0.1));
        float[] a = firstImage(new BatchPipeline(data, options), 0);
        float[] b = firstImage(new BatchPipeline(data, options), 0);
        float[] nextEpoch = firstImage(new BatchPipeline(data, options), 1);
        float[] otherSeed = firstImage(new BatchPipeline(data, new BatchOptions(1, false, 6,
                options.augmentation())), 0);
        float[] plain = firstImage(new BatchPipeline(data, BatchOptions.inOrder(1)), 0);
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, nextEpoch));
        assertFalse(Arrays.equals(a, otherSeed));
        assertFalse(Arrays.equals(a, plain));
        float[] original = new float[28 * 28];
        data.copyImage(0, original, 0);
        assertArrayEquals(original, plain);
    }

    @Test
    void augmentationMovesTheInkByAtMostTheShiftRange() {
        DataSet data = dataWithOneDot();
        Augmentation shiftOnly = new Augmentation(0, 0.1, 0.1, 0);
        for (int epoch = 0; epoch < 20; epoch++) {
            float[] image = firstImage(new BatchPipeline(data, new BatchOptions(1, false, 3, shiftOnly)), epoch);
            double[] centre = centreOfMass(image);
            assertEquals(14.0, centre[0], 2.8 + 1e-6, "x of the ink's centre, epoch " + epoch);
            assertEquals(14.0, centre[1], 2.8 + 1e-6, "y of the ink's centre, epoch " + epoch);
        }
    }

    @Test
    void augmentationRangesAreValidatedWithKerasNames() {
        SettingsException error = assertThrows(SettingsException.class, () -> new Augmentation(10, 1.5, 0, 0));
        assertEquals("width_shift_range must be in [0, 1); got 1.5", error.getMessage());
        error = assertThrows(SettingsException.class, () -> new Augmentation(181, 0, 0, 0));
        assertTrue(error.getMessage().startsWith("rotation_range must be in [0, 180]"), error.getMessage());
    }

    private static BatchOptions shuffled(int batchSize, long seed) {
        return new BatchOptions(batchSize, true, seed, Augmentation.NONE);
    }

    private static float[] firstImage(BatchPipeline pipeline, int epoch) {
        Batch batch = pipeline.epoch(epoch).next();
        return Arrays.copyOf(batch.features(), batch.pixelsPerImage());
    }

    /** {@code {x, y}} of the ink's centre of mass, pixel centres at i + 0.5. */
    private static double[] centreOfMass(float[] image) {
        double mass = 0;
        double x = 0;
        double y = 0;
        for (int row = 0; row < 28; row++) {
            for (int column = 0; column < 28; column++) {
                float v = image[row * 28 + column];
                mass += v;
                x += v * (column + 0.5);
                y += v * (row + 0.5);
            }
        }
        return new double[] {x / mass, y / mass};
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
