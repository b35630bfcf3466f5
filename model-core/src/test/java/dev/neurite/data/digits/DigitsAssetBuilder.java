package dev.neurite.data.digits;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.neurite.data.Sha256;
import dev.neurite.data.idx.IdxWriter;
import dev.neurite.data.preprocess.DigitPreprocessor;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes the bundled digits data set (assets/src/main/resources/neurite/data/digits/) from OpenCV's
 * {@code digits.png}, as shipped by Debian's {@code opencv-doc} package. Not part of the product; kept so the shipped
 * files can be re-made and checked. Run it with {@code model-core/src/test/scripts/build-digits.sh} (see that
 * script), which needs {@code apt-get install opencv-doc}.
 *
 * <p>The source image is 2000x1000 pixels of 20x20 cells, white ink on black: 50 rows of 100 digits, 5 rows per
 * class, classes 0 to 9 from top to bottom. Each cell goes through {@link DigitPreprocessor} (crop to the ink, fit in
 * 20x20 keeping the aspect ratio with anti-aliased resampling, centre by centre of mass in 28x28), the way MNIST was
 * made, and is stored as bytes 0-255. Per class, a shuffle seeded with {@link #SEED} picks 100 test digits and leaves
 * 400 for training; each part is then shuffled with the same generator. The output is byte-for-byte reproducible.
 */
public final class DigitsAssetBuilder {

    static final long SEED = 19980701L;
    static final int CELL = 20;
    static final int PER_ROW = 100;
    static final int ROWS_PER_CLASS = 5;
    static final int CLASSES = 10;
    static final int TEST_PER_CLASS = 100;

    private DigitsAssetBuilder() {
    }

    /**
     * Arguments: {@code <digits.png> <output folder> <opencv-doc version> [montage.png]}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: DigitsAssetBuilder <digits.png> <output folder> <opencv-doc version> "
                    + "[montage.png]");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Files.createDirectories(output);
        Map<String, byte[]> files = build(ImageIO.read(source.toFile()));
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(output.resolve(file.getKey()), file.getValue());
            hashes.put(file.getKey(), Sha256.of(file.getValue()));
        }
        Map<String, Object> provenance = provenance(args[2], Sha256.of(source), hashes);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(output.resolve(BundledDigits.PROVENANCE).toFile(), provenance);
        if (args.length > 3) {
            ImageIO.write(Montage.of(files.get(BundledDigits.TRAIN_IMAGES), 20, 10), "png",
                    Path.of(args[3]).toFile());
        }
        System.out.println("Wrote " + files.size() + " files and " + BundledDigits.PROVENANCE + " to " + output);
    }

    /** The four gzip IDX files, keyed by file name, from the opencv digits image. */
    static Map<String, byte[]> build(BufferedImage sheet) {
        if (sheet.getWidth() != CELL * PER_ROW || sheet.getHeight() != CELL * ROWS_PER_CLASS * CLASSES) {
            throw new IllegalArgumentException("digits.png should be 2000x1000; got " + sheet.getWidth() + "x"
                    + sheet.getHeight());
        }
        DigitPreprocessor preprocessor = new DigitPreprocessor();
        Raster raster = sheet.getData();
        Random random = new Random(SEED);
        List<byte[]> trainImages = new ArrayList<>();
        List<Integer> trainLabels = new ArrayList<>();
        List<byte[]> testImages = new ArrayList<>();
        List<Integer> testLabels = new ArrayList<>();
        for (int digit = 0; digit < CLASSES; digit++) {
            List<byte[]> cells = new ArrayList<>();
            for (int row = 0; row < ROWS_PER_CLASS; row++) {
                for (int column = 0; column < PER_ROW; column++) {
                    byte[] cell = cell(raster, column * CELL, (digit * ROWS_PER_CLASS + row) * CELL);
                    cells.add(preprocessor.processGrey(cell, CELL, CELL).centred().toBytes());
                }
            }
            Collections.shuffle(cells, random);
            for (int i = 0; i < cells.size(); i++) {
                (i < TEST_PER_CLASS ? testImages : trainImages).add(cells.get(i));
                (i < TEST_PER_CLASS ? testLabels : trainLabels).add(digit);
            }
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        addPart(files, BundledDigits.TRAIN_IMAGES, BundledDigits.TRAIN_LABELS, trainImages, trainLabels, random);
        addPart(files, BundledDigits.TEST_IMAGES, BundledDigits.TEST_LABELS, testImages, testLabels, random);
        return files;
    }

    private static void addPart(Map<String, byte[]> files, String imagesName, String labelsName, List<byte[]> images,
                                List<Integer> labels, Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        int size = DigitPreprocessor.SIZE * DigitPreprocessor.SIZE;
        byte[] pixels = new byte[images.size() * size];
        byte[] labelBytes = new byte[images.size()];
        for (int i = 0; i < order.size(); i++) {
            System.arraycopy(images.get(order.get(i)), 0, pixels, i * size, size);
            labelBytes[i] = (byte) (int) labels.get(order.get(i));
        }
        int n = images.size();
        files.put(imagesName, IdxWriter.gzip(new int[] {n, DigitPreprocessor.SIZE, DigitPreprocessor.SIZE}, pixels));
        files.put(labelsName, IdxWriter.gzip(new int[] {n}, labelBytes));
    }

    private static byte[] cell(Raster raster, int left, int top) {
        byte[] grey = new byte[CELL * CELL];
        for (int y = 0; y < CELL; y++) {
            for (int x = 0; x < CELL; x++) {
                grey[y * CELL + x] = (byte) raster.getSample(left + x, top + y, 0);
            }
        }
        return grey;
    }

    private static Map<String, Object> provenance(String version, String sourceSha256, Map<String, String> outputs) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("package", "opencv-doc");
        source.put("packageVersion", version);
        source.put("distribution", "Debian");
        source.put("file", "/usr/share/doc/opencv-doc/examples/data/digits.png");
        source.put("sha256", sourceSha256);
        Map<String, Object> conversion = new LinkedHashMap<>();
        conversion.put("tool", "model-core/src/test/java/dev/neurite/data/digits/DigitsAssetBuilder.java");
        conversion.put("steps", "Each 20x20 cell (5 rows of 100 per class, classes 0-9 top to bottom) cropped to the "
                + "ink's bounding box, fitted into 20x20 keeping the aspect ratio with anti-aliased (tent filter) "
                + "resampling, placed in 28x28 with its centre of mass at the centre; white ink on black, 0-255.");
        conversion.put("split", "Stratified: per class 400 train / 100 test, java.util.Random seed " + SEED);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("dataset", "digits");
        root.put("description", "5,000 handwritten digits (28x28, 10 classes): 4,000 train, 1,000 test.");
        root.put("source", source);
        root.put("conversion", conversion);
        root.put("outputs", outputs);
        root.put("licence", "OpenCV's samples, including digits.png, are distributed under OpenCV's licence "
                + "(BSD 3-Clause for OpenCV 4.4 and earlier, Apache 2.0 from 4.5; Debian's opencv-doc 4.6 is "
                + "Apache-2.0/BSD-3-Clause). The digits themselves are a subset of the MNIST database by Yann LeCun, "
                + "Corinna Cortes and Christopher J.C. Burges, made available under the Creative Commons "
                + "Attribution-Share Alike 3.0 licence (CC BY-SA 3.0); these derived files are shared under the same "
                + "licence.");
        root.put("attribution", "Digits: MNIST database, Y. LeCun, C. Cortes, C.J.C. Burges (CC BY-SA 3.0). "
                + "Image sheet: OpenCV samples (opencv-doc). Conversion: Neurite.");
        return root;
    }
}
