package dev.neurite.format;

import dev.neurite.NeuriteException;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Dense;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import dev.neurite.model.ModelDefinition;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.FitSettings;
import dev.neurite.train.CallbackSettings;
import dev.neurite.train.EpochMetrics;
import dev.neurite.train.RunRecord;
import dev.neurite.train.TrainingListener;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A seeded mutation fuzzer over the three readers of files a learner opens: model JSON, weights archives and project
 * files. Each case mutates a valid file (bytes flipped, spans deleted or repeated, numbers and strings replaced by
 * extreme ones, the file cut short; inside archives, one entry at a time); reading it must either succeed or fail
 * with Neurite's own exception. A failure names the seed and the case, so it can be replayed.
 */
class ReaderFuzzTest {

    private static final long SEED = 20261203L;
    private static final int CASES_PER_READER = 1500;
    private static final String[] NUMBERS = {"-1", "0", "2147483648", "-2147483649", "1e308", "-1e308", "1e-320",
            "99999999999999999999", "1.5", "NaN", "null", "[]", "{}", "\"7\"", "true"};
    private static final String[] STRINGS = {"\"\"", "\"..\"", "\"../x\"", "\"" + "a".repeat(5000) + "\"",
            "\"\\u0000\"", "\"d\u00e9nse\"", "7", "null", "[\"input_1\"]", "{\"a\": 1}", "\"Dense\"", "\"<f8\""};

    @Test
    void modelFilesNeverFailOutsideNeuritesOwnErrors() {
        String json = ModelFileFormat.write(ModelFixtures.everyLayer());
        List<String> escaped = fuzz(json.getBytes(StandardCharsets.UTF_8), bytes -> ModelFileFormat.read(
                new String(bytes, StandardCharsets.UTF_8), "fuzzed.json"));
        assertEquals(List.of(), escaped);
    }

    @Test
    void weightsArchivesNeverFailOutsideNeuritesOwnErrors() throws IOException {
        Map<String, INDArray> weights = new LinkedHashMap<>();
        weights.put("dense/kernel", Nd4j.rand(6, 4));
        weights.put("dense/bias", Nd4j.rand(4));
        weights.put("input_1/mean", Nd4j.scalar(0.5f));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            new WeightsArchive().write(zip, weights);
        }
        List<String> escaped = fuzzArchive(bytes.toByteArray(), archive -> new WeightsArchive()
                .read(new ByteArrayInputStream(archive), "fuzzed.weights.zip"));
        assertEquals(List.of(), escaped);
    }

    @Test
    void projectFilesNeverFailOutsideNeuritesOwnErrors() throws IOException {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(784)),
                new Dense(16, ActivationFunction.RELU), new Dense(10, ActivationFunction.SOFTMAX));
        ModelDefinition model = new ModelDefinition(graph, CompileSettings.defaults(), FitSettings.defaults(), null);
        RunRecord run = new RunRecord(1, Instant.parse("2026-01-02T03:04:05Z"), 7.5, model, CallbackSettings.none(),
                "digits", "ab".repeat(32), List.of(new EpochMetrics(1, 0.5, 0.8, 0.45, 0.82, 7.5, 500, 0.001)), 125,
                TrainingListener.EndReason.COMPLETED, "Training finished.", 0.4, 0.9);
        Project project = new Project(model, Map.of("input_1", new NodePosition(40, 40)), "digits").withRun(run);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProjectFile.writeTo(project, bytes);
        List<String> escaped = fuzzArchive(bytes.toByteArray(), archive -> ProjectFile
                .read(new ByteArrayInputStream(archive), "fuzzed.neurite"));
        assertEquals(List.of(), escaped);
    }

    /** Reads one candidate file; may throw. */
    @FunctionalInterface
    private interface Reader {
        void read(byte[] file) throws Exception;
    }

    private static List<String> fuzz(byte[] valid, Reader reader) {
        Random random = new Random(SEED);
        List<String> escaped = new ArrayList<>();
        for (int i = 0; i < CASES_PER_READER; i++) {
            check(mutate(valid, random), reader, "case " + i, escaped);
        }
        return escaped;
    }

    /** Mutates one entry of the archive per case (or, one case in five, the archive's bytes themselves). */
    private static List<String> fuzzArchive(byte[] valid, Reader reader) throws IOException {
        Map<String, byte[]> entries = unzip(valid);
        List<String> names = new ArrayList<>(entries.keySet());
        Random random = new Random(SEED);
        List<String> escaped = new ArrayList<>();
        for (int i = 0; i < CASES_PER_READER; i++) {
            byte[] candidate;
            if (random.nextInt(5) == 0) {
                candidate = mutate(valid, random);
            } else {
                Map<String, byte[]> changed = new LinkedHashMap<>(entries);
                String name = names.get(random.nextInt(names.size()));
                changed.put(name, mutate(entries.get(name), random));
                candidate = zip(changed);
            }
            check(candidate, reader, "case " + i, escaped);
        }
        return escaped;
    }

    private static void check(byte[] candidate, Reader reader, String name, List<String> escaped) {
        try {
            reader.read(candidate);
        } catch (NeuriteException expected) {
            // refused with a message for the learner
        } catch (Exception | Error other) {
            escaped.add("seed " + SEED + " " + name + ": " + other);
        }
    }

    private static byte[] mutate(byte[] valid, Random random) {
        byte[] bytes = valid.clone();
        int operations = 1 + random.nextInt(3);
        for (int op = 0; op < operations && bytes.length > 0; op++) {
            int at = random.nextInt(bytes.length);
            int length = 1 + random.nextInt(Math.min(64, bytes.length - at));
            switch (random.nextInt(6)) {
                case 0 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> bytes = splice(bytes, at, length, new byte[0]);
                case 2 -> bytes = splice(bytes, at, 0, java.util.Arrays.copyOfRange(bytes, at, at + length));
                case 3 -> bytes = replaceToken(bytes, random, "[-0-9][0-9.eE+-]*", NUMBERS);
                case 4 -> bytes = replaceToken(bytes, random, "\"[^\"]*\"", STRINGS);
                default -> bytes = java.util.Arrays.copyOf(bytes, at);
            }
        }
        return bytes;
    }

    private static byte[] replaceToken(byte[] bytes, Random random, String pattern, String[] replacements) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher tokens = java.util.regex.Pattern.compile(pattern).matcher(text);
        List<int[]> found = new ArrayList<>();
        while (tokens.find()) {
            found.add(new int[]{tokens.start(), tokens.end()});
        }
        if (found.isEmpty()) {
            return bytes;
        }
        int[] token = found.get(random.nextInt(found.size()));
        byte[] replacement = replacements[random.nextInt(replacements.length)].getBytes(StandardCharsets.UTF_8);
        return splice(bytes, token[0], token[1] - token[0], replacement);
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] result = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(bytes, at + remove, result, at + insert.length, bytes.length - at - remove);
        return result;
    }

    private static Map<String, byte[]> unzip(byte[] archive) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
