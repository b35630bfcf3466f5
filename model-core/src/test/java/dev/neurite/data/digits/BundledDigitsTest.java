package dev.neurite.data.digits;

import com.fasterxml.jackson.databind.JsonNode;
import dev.neurite.data.DataSet;
import dev.neurite.data.Sha256;
import dev.neurite.data.TrainTestSets;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundledDigitsTest {

    @Test
    void shippedFilesMatchTheirProvenanceHashes() {
        JsonNode outputs = BundledDigits.provenance().path("outputs");
        for (String file : new String[] {BundledDigits.TRAIN_IMAGES, BundledDigits.TRAIN_LABELS,
                BundledDigits.TEST_IMAGES, BundledDigits.TEST_LABELS}) {
            assertEquals(outputs.path(file).asText(), Sha256.of(BundledDigits.resource(file)), file);
        }
    }

    @Test
    void provenanceNamesSourcePackageLicenceAndAttribution() {
        JsonNode provenance = BundledDigits.provenance();
        assertEquals("opencv-doc", provenance.path("source").path("package").asText());
        assertTrue(provenance.path("source").path("packageVersion").asText().startsWith("4."));
        assertEquals(64, provenance.path("source").path("sha256").asText().length());
        assertTrue(provenance.path("licence").asText().contains("CC BY-SA 3.0"));
        assertTrue(provenance.path("attribution").asText().contains("LeCun"));
    }

    @Test
    void loadsFourThousandTrainAndOneThousandTestStratified() {
        TrainTestSets sets = BundledDigits.load();
        DataSet train = sets.train();
        DataSet test = sets.test().orElseThrow();
        assertEquals(4000, train.size());
        assertEquals(1000, test.size());
        int[] fourHundred = new int[10];
        java.util.Arrays.fill(fourHundred, 400);
        int[] oneHundred = new int[10];
        java.util.Arrays.fill(oneHundred, 100);
        assertArrayEquals(fourHundred, train.countsPerClass());
        assertArrayEquals(oneHundred, test.countsPerClass());
        assertEquals(28, train.height());
        assertArrayEquals(new int[] {0, 255}, train.pixelRange());
    }

    @Test
    void digitsAreCentredByMassLikeMnist() {
        DataSet train = BundledDigits.load().train();
        for (int i = 0; i < 50; i++) {
            double mass = 0;
            double x = 0;
            double y = 0;
            for (int row = 0; row < 28; row++) {
                for (int column = 0; column < 28; column++) {
                    int value = train.pixel(i, row, column);
                    mass += value;
                    x += value * (column + 0.5);
                    y += value * (row + 0.5);
                }
            }
            assertEquals(14, x / mass, 1.0, "image " + i);
            assertEquals(14, y / mass, 1.0, "image " + i);
        }
    }
}
