package dev.neurite.app.cli;

import dev.neurite.data.DataSet;
import dev.neurite.data.idx.IdxArray;
import dev.neurite.data.idx.IdxDataSets;
import dev.neurite.data.idx.IdxFormatException;
import dev.neurite.data.idx.IdxReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code neurite datasets inspect DATA} prints a data source's arrays as the Keras lessons print them (shapes and
 * dtypes before and after preparation), counts per class and pixel range, for anything {@code --data} accepts;
 * {@code neurite datasets inspect IMAGES [LABELS]} validates IDX files and prints the same for them.
 */
@Command(name = "inspect", description = "Print a data set's arrays as Keras lessons print them (shape, dtype), its "
        + "counts per class and pixel range: digits, mnist, fashion-mnist or any path --data accepts; or check IDX "
        + "files (raw or .gz): inspect IMAGES [LABELS].")
final class DatasetsInspectCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @ParentCommand
    DatasetsCommand parent;

    @Parameters(index = "0", paramLabel = "DATA", description = "digits, mnist, fashion-mnist, a CSV file, an image "
            + "folder, a folder of IDX files, images,labels[,test-images,test-labels], or one IDX file (images or "
            + "labels).")
    String source;

    @Parameters(index = "1", arity = "0..1", paramLabel = "LABELS", description = "The labels IDX file matching an "
            + "images IDX file.")
    Path labels;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (labels == null && !isSingleIdxFile(source)) {
            new DataSourceReport(out).print(source, parent.sources().open(source));
            out.flush();
            return;
        }
        Path images = Path.of(source);
        IdxReader reader = new IdxReader();
        IdxArray first = reader.read(images);
        out.println(images + ": IDX, unsigned bytes, SHA-256 " + first.sha256());
        if (first.rank() == 1 && labels == null) {
            printLabelCounts(out, first);
            return;
        }
        if (first.rank() != 3) {
            throw new IdxFormatException("'" + images + "' has shape " + shape(first.dimensions())
                    + "; an images file has 3 dimensions (count, rows, columns).");
        }
        out.println("shape: " + shape(first.dimensions()) + " (images x rows x columns)");
        int[] range = range(first);
        out.println("pixel range: " + range[0] + " to " + range[1]);
        if (labels != null) {
            IdxArray second = reader.read(labels);
            out.println(labels + ": IDX, unsigned bytes, SHA-256 " + second.sha256());
            DataSet set = new IdxDataSets(reader).combine("inspect", first, images.toString(), second,
                    labels.toString(), null, "inspect");
            printCounts(out, set.countsPerClass());
        }
        out.flush();
    }

    /**
     * A single file that is not a CSV, or a missing one named like IDX ({@code .gz}, {@code idx}, {@code ubyte}):
     * checked as IDX, as before data sources were accepted here, so that its error names the IDX file.
     */
    private static boolean isSingleIdxFile(String text) {
        if (text.contains(",")) {
            return false;
        }
        try {
            Path path = Path.of(text);
            String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
            if (Files.isRegularFile(path)) {
                return !name.endsWith(".csv");
            }
            return !Files.exists(path) && (name.endsWith(".gz") || name.contains("idx") || name.contains("ubyte"));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private static void printLabelCounts(PrintWriter out, IdxArray labelArray) {
        out.println("shape: " + shape(labelArray.dimensions()) + " (labels)");
        int[] counts = new int[256];
        int largest = 0;
        for (int i = 0; i < labelArray.length(); i++) {
            counts[labelArray.unsigned(i)]++;
            largest = Math.max(largest, labelArray.unsigned(i));
        }
        printCounts(out, Arrays.copyOf(counts, largest + 1));
        out.flush();
    }

    private static void printCounts(PrintWriter out, int[] counts) {
        out.println("classes: " + counts.length + " (labels 0 to " + (counts.length - 1) + ")");
        out.println("counts per class:");
        for (int label = 0; label < counts.length; label++) {
            out.printf(Locale.ROOT, "  %3d: %d%n", label, counts[label]);
        }
    }

    private static int[] range(IdxArray array) {
        int min = 255;
        int max = 0;
        for (int i = 0; i < array.length(); i++) {
            min = Math.min(min, array.unsigned(i));
            max = Math.max(max, array.unsigned(i));
        }
        return new int[] {min, max};
    }

    private static String shape(int[] dimensions) {
        StringBuilder text = new StringBuilder();
        for (int d = 0; d < dimensions.length; d++) {
            text.append(d == 0 ? "" : " x ").append(dimensions[d]);
        }
        return text.toString();
    }
}
