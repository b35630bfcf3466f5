package dev.neurite.data.batch;

import dev.neurite.data.DataSet;
import dev.neurite.data.Provenance;
import dev.neurite.settings.Augmentation;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AugmentationPreviewTest {

    private static DataSet bar() {
        byte[] pixels = new byte[8 * 8];
        for (int row = 1; row < 7; row++) {
            pixels[row * 8 + 3] = (byte) 255;
        }
        return DataSet.labelled("bar", 8, 8, pixels, new int[] {1}, List.of("0", "1"), Provenance.inMemory("test"));
    }

    @Test
    void withoutAugmentationEveryCopyIsTheImage() {
        float[] image = new float[64];
        bar().copyImage(0, image, 0);
        for (float[] copy : AugmentationPreview.of(bar(), 0, Augmentation.NONE, 3, 1)) {
            assertArrayEquals(image, copy);
        }
    }

    @Test
    void theSameSeedGivesTheSameCopiesAndAnotherSeedOthers() {
        Augmentation rotate = new Augmentation(30, 0.1, 0.1, 0.1);
        float[][] first = AugmentationPreview.of(bar(), 0, rotate, 4, 7);
        float[][] again = AugmentationPreview.of(bar(), 0, rotate, 4, 7);
        float[][] other = AugmentationPreview.of(bar(), 0, rotate, 4, 8);
        assertEquals(4, first.length);
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(first[i], again[i]);
        }
        assertFalse(Arrays.equals(first[0], other[0]));
        assertFalse(Arrays.equals(first[0], first[1]), "each copy is drawn anew");
    }
}
