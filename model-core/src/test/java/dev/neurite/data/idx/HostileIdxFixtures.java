package dev.neurite.data.idx;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes the hostile IDX fixtures committed under {@code model-core/src/test/resources/neurite/data/idx/hostile/}.
 * Each is a small file that must be refused with a clear message; {@code IdxHostileFixturesTest} checks both that the
 * committed files equal what this program makes and what the reader says about each.
 *
 * <p>Regenerate (from the repository root, after {@code mvn -B -q -pl model-core -am test-compile}):
 * <pre>java -cp model-core/target/test-classes:model-core/target/classes \
 *     dev.neurite.data.idx.HostileIdxFixtures model-core/src/test/resources/neurite/data/idx/hostile</pre>
 */
public final class HostileIdxFixtures {

    private HostileIdxFixtures() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "model-core/src/test/resources/neurite/data/idx/hostile");
        Files.createDirectories(folder);
        for (Map.Entry<String, byte[]> fixture : all().entrySet()) {
            Files.write(folder.resolve(fixture.getKey()), fixture.getValue());
        }
        System.out.println("Wrote " + all().size() + " fixtures to " + folder);
    }

    /** A valid 3-image 4x4 images file: the base the hostile ones are cut from. */
    static byte[] validImages() {
        byte[] pixels = new byte[3 * 4 * 4];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 5);
        }
        return IdxWriter.raw(new int[] {3, 4, 4}, pixels);
    }

    /** Every fixture, by file name. Images files end in idx3, labels files in idx1. */
    static Map<String, byte[]> all() {
        byte[] valid = validImages();
        Map<String, byte[]> fixtures = new LinkedHashMap<>();
        fixtures.put("empty.idx3", new byte[0]);
        fixtures.put("bad-magic.idx3", with(valid, 0, (byte) 0x50));
        fixtures.put("float-type.idx3", with(valid, 2, (byte) 0x0D));
        fixtures.put("rank-zero.idx3", with(valid, 3, (byte) 0));
        fixtures.put("rank-nine.idx3", with(valid, 3, (byte) 9));
        fixtures.put("zero-dimension.idx3", withInt(valid, 8, 0));
        fixtures.put("negative-dimension.idx3", withInt(valid, 8, -4));
        fixtures.put("overflowing-dimensions.idx3", header(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE));
        fixtures.put("huge-declared.idx3", header(1_000_000, 1000, 1000));
        fixtures.put("truncated-header.idx3", Arrays.copyOf(valid, 10));
        fixtures.put("truncated-data.idx3", Arrays.copyOf(valid, valid.length - 7));
        fixtures.put("extra-bytes.idx3", Arrays.copyOf(valid, valid.length + 3));
        fixtures.put("truncated.idx3.gz", Arrays.copyOf(IdxWriter.gzip(valid), IdxWriter.gzip(valid).length / 2));
        byte[] gzip = IdxWriter.gzip(valid);
        fixtures.put("bad-checksum.idx3.gz", with(gzip, gzip.length - 8, (byte) (gzip[gzip.length - 8] ^ 0x55)));
        fixtures.put("gzip-extra-bytes.idx3.gz", IdxWriter.gzip(Arrays.copyOf(valid, valid.length + 1)));
        fixtures.put("labels-three.idx1", IdxWriter.raw(new int[] {3}, new byte[] {1, 2, 3}));
        fixtures.put("labels-two.idx1", IdxWriter.raw(new int[] {2}, new byte[] {1, 2}));
        fixtures.put("labels-out-of-range.idx1", IdxWriter.raw(new int[] {3}, new byte[] {1, 10, 3}));
        return fixtures;
    }

    private static byte[] with(byte[] base, int index, byte value) {
        byte[] copy = base.clone();
        copy[index] = value;
        return copy;
    }

    private static byte[] withInt(byte[] base, int index, int value) {
        byte[] copy = base.clone();
        ByteBuffer.wrap(copy).putInt(index, value);
        return copy;
    }

    /** A header only (no data) declaring unsigned-byte images of the given dimensions. */
    private static byte[] header(int... dimensions) {
        ByteBuffer buffer = ByteBuffer.allocate(4 + 4 * dimensions.length);
        buffer.put((byte) 0).put((byte) 0).put((byte) IdxReader.UNSIGNED_BYTE).put((byte) dimensions.length);
        for (int dimension : dimensions) {
            buffer.putInt(dimension);
        }
        return buffer.array();
    }
}
