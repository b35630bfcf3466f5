package dev.neurite.data.idx;

import dev.neurite.data.DataException;
import dev.neurite.data.DataSet;
import dev.neurite.data.digits.BundledDigits;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Mutates a real small IDX pair (the first 40 bundled test digits, raw and gzip) in seeded random ways: bit flips,
 * truncations, header edits, appended bytes. Every attempt must end in a data set or in the reader's own
 * {@link DataException} with a message; nothing else may escape and nothing may hang.
 */
class IdxFuzzTest {

    private static final int ATTEMPTS = 3000;
    private static final long SEED = 42L;

    @Test
    void everyMutationEndsInADataSetOrTheReadersOwnException() {
        byte[] images = firstImages(40);
        byte[] labels = firstLabels(40);
        byte[] gzipImages = IdxWriter.gzip(images);
        SplittableRandom random = new SplittableRandom(SEED);
        int[] outcomes = new int[2];
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                boolean gzip = random.nextInt(3) == 0;
                boolean mutateLabels = random.nextInt(4) == 0;
                byte[] imageBytes = mutateLabels ? (gzip ? gzipImages : images)
                        : mutate(gzip ? gzipImages : images, random);
                byte[] labelBytes = mutateLabels ? mutate(labels, random) : labels;
                try {
                    DataSet set = load(imageBytes, labelBytes);
                    assertEquals(set.size(), set.labels().length);
                    outcomes[0]++;
                } catch (DataException e) {
                    assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "exception without message");
                    outcomes[1]++;
                } catch (RuntimeException | Error e) {
                    fail("attempt " + attempt + " escaped with " + e, e);
                }
            }
        });
        assertEquals(ATTEMPTS, outcomes[0] + outcomes[1]);
        assertTrue(outcomes[1] > ATTEMPTS / 2, "most mutations should be refused: " + Arrays.toString(outcomes));
    }

    private static DataSet load(byte[] images, byte[] labels) {
        IdxReader reader = new IdxReader();
        return new IdxDataSets(reader).combine("fuzz", reader.read(images, "images"), "images",
                reader.read(labels, "labels"), "labels", BundledDigits.CLASS_NAMES, "fuzz");
    }

    private static byte[] mutate(byte[] original, SplittableRandom random) {
        byte[] bytes = original.clone();
        switch (random.nextInt(5)) {
            case 0 -> {
                int flips = 1 + random.nextInt(8);
                for (int i = 0; i < flips; i++) {
                    int at = random.nextInt(bytes.length);
                    bytes[at] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case 2 -> bytes[random.nextInt(Math.min(16, bytes.length))] = (byte) random.nextInt(256);
            case 3 -> {
                if (bytes.length >= 8) {
                    int dimension = 4 + 4 * random.nextInt(Math.max(1, Math.min(3, (bytes.length - 4) / 4)));
                    ByteBuffer.wrap(bytes).putInt(dimension, random.nextInt());
                }
            }
            default -> {
                bytes = Arrays.copyOf(bytes, bytes.length + 1 + random.nextInt(64));
                for (int i = original.length; i < bytes.length; i++) {
                    bytes[i] = (byte) random.nextInt(256);
                }
            }
        }
        return bytes;
    }

    private static byte[] firstImages(int count) {
        IdxArray all = new IdxReader().read(BundledDigits.resource(BundledDigits.TEST_IMAGES), "test");
        return IdxWriter.raw(new int[] {count, 28, 28}, Arrays.copyOf(all.data(), count * 28 * 28));
    }

    private static byte[] firstLabels(int count) {
        IdxArray all = new IdxReader().read(BundledDigits.resource(BundledDigits.TEST_LABELS), "test");
        return IdxWriter.raw(new int[] {count}, Arrays.copyOf(all.data(), count));
    }
}
