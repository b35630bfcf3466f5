package dev.neurite.data.imports;

import dev.neurite.data.DataException;
import dev.neurite.data.DataSet;
import dev.neurite.data.Provenance;
import dev.neurite.data.Sha256;
import dev.neurite.data.SourceFile;
import dev.neurite.data.idx.IdxDataSets;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a CSV file in the layout of Kaggle's "Digit Recognizer": a header {@code label,pixel0,...,pixel783} and one
 * 28x28 image a row (pixel values 0-255 row after row, labels 0-9). A file whose header has no {@code label} column
 * (Kaggle's test.csv) gives an unlabelled data set, for prediction. Every malformed line is refused with its line
 * number. Stateless and thread-safe.
 */
public final class KaggleCsvReader {

    /** Image side: Kaggle's images are 28x28. */
    public static final int SIDE = 28;
    /** The most rows read; more is not a digit-recognizer file. */
    public static final int MAX_ROWS = 1_000_000;

    private static final int PIXELS = SIDE * SIDE;

    /** Reads {@code file}; see the class description. */
    public DataSet read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DataException("CSV file '" + file + "' does not exist.");
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                throw new DataException("CSV file '" + file
                        + "' is empty; expected a header 'label,pixel0,...,pixel783'.");
            }
            boolean labelled = checkHeader(file, header.strip());
            int columns = labelled ? PIXELS + 1 : PIXELS;
            byte[] pixels = new byte[1024 * PIXELS];
            int[] labels = new int[1024];
            int rows = 0;
            int[] values = new int[columns];
            String line;
            int lineNumber = 1;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                if (rows == MAX_ROWS) {
                    throw new DataException("CSV file '" + file + "' has more than " + MAX_ROWS + " rows.");
                }
                parse(file, line, lineNumber, values);
                if (rows == labels.length) {
                    labels = Arrays.copyOf(labels, rows * 2);
                    pixels = Arrays.copyOf(pixels, rows * 2 * PIXELS);
                }
                int offset = labelled ? 1 : 0;
                if (labelled) {
                    if (values[0] > 9) {
                        throw new DataException("Line " + lineNumber + " of '" + file + "' has label " + values[0]
                                + "; labels must be digits 0 to 9.");
                    }
                    labels[rows] = values[0];
                }
                for (int p = 0; p < PIXELS; p++) {
                    if (values[offset + p] > 255) {
                        throw new DataException("Line " + lineNumber + " of '" + file + "' has pixel" + p + " = "
                                + values[offset + p] + "; pixel values must be 0 to 255.");
                    }
                    pixels[rows * PIXELS + p] = (byte) values[offset + p];
                }
                rows++;
            }
            if (rows == 0) {
                throw new DataException("CSV file '" + file + "' has a header but no images.");
            }
            Provenance provenance = new Provenance("Kaggle-style CSV file",
                    List.of(new SourceFile(file.toString(), Sha256.of(file))));
            String name = file.getFileName().toString();
            byte[] images = Arrays.copyOf(pixels, rows * PIXELS);
            List<String> classes = IdxDataSets.numberedClasses(10);
            return labelled
                    ? DataSet.labelled(name, SIDE, SIDE, images, Arrays.copyOf(labels, rows), classes, provenance)
                    : DataSet.unlabelled(name, SIDE, SIDE, images, classes, provenance);
        } catch (IOException e) {
            throw new DataException("Cannot read CSV file '" + file + "': " + e.getMessage(), e);
        }
    }

    /** True if the header starts with a label column; refuses anything but the Kaggle layout. */
    private static boolean checkHeader(Path file, String header) {
        String[] names = header.replace("\"", "").split(",", -1);
        boolean labelled = names.length > 0 && names[0].strip().equals("label");
        int offset = labelled ? 1 : 0;
        boolean pixelsMatch = names.length == PIXELS + offset;
        for (int p = 0; pixelsMatch && p < PIXELS; p++) {
            pixelsMatch = names[offset + p].strip().equals("pixel" + p);
        }
        if (!pixelsMatch) {
            throw new DataException("CSV file '" + file + "' does not have the Kaggle digit-recognizer header "
                    + "'label,pixel0,...,pixel783' (or 'pixel0,...,pixel783' for a test file); its header has "
                    + names.length + " columns starting '" + abbreviate(header) + "'.");
        }
        return labelled;
    }

    private static void parse(Path file, String line, int lineNumber, int[] values) {
        int column = 0;
        int value = 0;
        boolean digits = false;
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ',';
            if (c == ',') {
                if (!digits || column >= values.length) {
                    throw badLine(file, line, lineNumber, values.length, column);
                }
                values[column++] = value;
                value = 0;
                digits = false;
            } else if (c >= '0' && c <= '9') {
                value = Math.min(100_000, value * 10 + (c - '0'));
                digits = true;
            } else if (c != ' ' && c != '\r' && c != '"') {
                throw new DataException("Line " + lineNumber + " of '" + file + "' has '" + c + "' in column "
                        + (column + 1) + "; every value must be a whole number.");
            }
        }
        if (column != values.length) {
            throw badLine(file, line, lineNumber, values.length, column);
        }
    }

    private static DataException badLine(Path file, String line, int lineNumber, int expected, int column) {
        long found = line.chars().filter(c -> c == ',').count() + 1;
        return new DataException("Line " + lineNumber + " of '" + file + "' has " + found + " values (or an empty "
                + "one near column " + (column + 1) + "); every line needs " + expected + ".");
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
