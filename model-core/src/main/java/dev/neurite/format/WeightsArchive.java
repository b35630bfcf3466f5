package dev.neurite.format;

import dev.neurite.NeuriteException;
import dev.neurite.graph.ModelAnalysis;
import dev.neurite.layers.WeightSpec;
import dev.neurite.model.ModelDefinition;
import dev.neurite.settings.FitSettings;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A model's weights as a zip of NumPy arrays, one entry {@code layer/weight.npy} per weight (float32, C order,
 * Keras's layouts), e.g. {@code dense_1/kernel.npy}. Writing is atomic (a temporary file moved into place). Reading is
 * defensive: entry names must be plain {@code layer/weight.npy} names (no paths, no {@code ..}), and entry count,
 * entry size and total size are limited. Stateless and thread-safe.
 */
public final class WeightsArchive {

    /** Limits for reading; the defaults fit models far larger than Neurite's. */
    public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {
        public static final Limits DEFAULT = new Limits(10_000, 1L << 30, 2L << 30);

        /** Room for an .npy header and the input statistics a standardized or adapted model keeps. */
        private static final long SLACK_BYTES = 64L << 10;

        /**
         * Limits that fit {@code definition}'s weights and nothing larger: an entry may hold the largest weight the
         * model has (float64 allowed; its PCA projection included) and the archive all of them, so a hostile entry is
         * refused before it is inflated.
         */
        public static Limits forModel(ModelDefinition definition) {
            ModelAnalysis analysis = definition.graph().analyze();
            long largest = 0;
            long total = 0;
            int count = 0;
            for (String name : analysis.topologicalOrder()) {
                for (WeightSpec weight : analysis.node(name).weights()) {
                    long bytes = weight.size() > Long.MAX_VALUE / 8 ? Long.MAX_VALUE : weight.size() * 8;
                    largest = Math.max(largest, bytes);
                    total = total + bytes < 0 ? Long.MAX_VALUE : total + bytes;
                    count++;
                }
            }
            if (definition.fit().usesPca()) {
                // The PCA projection: pca_components (k, d) and pca_mean (d,), d at most MAX_PCA_PIXELS.
                long components = (long) definition.fit().pcaComponents() * FitSettings.MAX_PCA_PIXELS * 8;
                largest = Math.max(largest, components);
                total = total + components + FitSettings.MAX_PCA_PIXELS * 8L;
                count += 2;
            }
            return new Limits(Math.min(DEFAULT.maxEntries(), count + 8),
                    Math.min(DEFAULT.maxEntryBytes(), largest + SLACK_BYTES),
                    Math.min(DEFAULT.maxTotalBytes(), total + SLACK_BYTES * (count + 8)));
        }
    }

    private static final Pattern ENTRY = Pattern.compile("[A-Za-z0-9_.\\-]{1,200}/[A-Za-z0-9_]{1,100}\\.npy");

    private final Limits limits;

    public WeightsArchive() {
        this(Limits.DEFAULT);
    }

    public WeightsArchive(Limits limits) {
        this.limits = limits;
    }

    /** Writes {@code weights} (keys {@code layer/weight}) to {@code file}, replacing it atomically. */
    public void write(Path file, Map<String, INDArray> weights) throws IOException {
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            write(zip, weights);
            zip.finish();
        });
    }

    /** The weights file that belongs to a model file: {@code model.json} -> {@code model.weights.zip}. */
    public static Path besideModel(Path modelFile) {
        String name = modelFile.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return modelFile.resolveSibling(base + ".weights.zip");
    }

    /** Writes the weights as entries of an open zip (the model file codec embeds them this way). */
    public void write(ZipOutputStream zip, Map<String, INDArray> weights) throws IOException {
        for (Map.Entry<String, INDArray> weight : weights.entrySet()) {
            String name = weight.getKey() + ".npy";
            if (!ENTRY.matcher(name).matches() || name.contains("..")) {
                throw new IllegalArgumentException("Weight key '" + weight.getKey() + "' is not layer/weight");
            }
            INDArray array = weight.getValue();
            float[] values = array.castTo(DataType.FLOAT).dup('c').reshape(array.length()).toFloatVector();
            if (array.length() == 0 || array.rank() == 0) {
                values = array.length() == 0 ? new float[0] : new float[]{array.getFloat(0)};
            }
            zip.putNextEntry(new ZipEntry(name));
            zip.write(Npy.write(array.shape(), values));
            zip.closeEntry();
        }
    }

    /** Reads every weight of {@code file} by {@code layer/weight}. */
    public Map<String, INDArray> read(Path file) throws IOException {
        ModelFileFormat.requireRegularFile(file, "weights");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    /**
     * Reads a weights zip from a stream.
     *
     * @param source names the archive in error messages
     * @throws NeuriteException for unsafe names, exceeded limits or entries that are not float arrays
     */
    public Map<String, INDArray> read(InputStream in, String source) throws IOException {
        Map<String, INDArray> weights = new LinkedHashMap<>();
        String archive = "The weights archive '" + source + "'";
        // folders are entries too: one more than the weights for each layer at most
        int maxEntries = (int) Math.min(Integer.MAX_VALUE, 2L * limits.maxEntries());
        try (ArchiveReader zip = new ArchiveReader(in, archive, maxEntries, limits.maxTotalBytes())) {
            String name;
            while ((name = zip.next()) != null) {
                if (name.endsWith("/")) {
                    continue;
                }
                if (!ENTRY.matcher(name).matches()) {
                    throw new NeuriteException(archive + " has an entry named '" + name
                            + "'; only layer/weight.npy entries are allowed.");
                }
                if (weights.size() >= limits.maxEntries()) {
                    throw new NeuriteException(archive + " has more than " + limits.maxEntries() + " entries.");
                }
                byte[] bytes = zip.read(limits.maxEntryBytes());
                String key = name.substring(0, name.length() - ".npy".length());
                Npy.Array array = Npy.read(bytes, name);
                weights.put(key, Nd4j.createFromArray(array.values()).castTo(DataType.FLOAT).reshape(array.shape()));
            }
        }
        return weights;
    }
}
