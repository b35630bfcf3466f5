package dev.neurite.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.neurite.format.ModelFileFormat;
import dev.neurite.format.SavedModel;
import dev.neurite.format.Templates;
import dev.neurite.format.WeightsArchive;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The hostile-input corpus of the command line: {@link #make} writes the files (models whose sizes overflow or
 * cannot fit in memory, cycles, devices and pipes, damaged weights archives), {@link #main} runs every case's
 * command in this JVM and prints one tab-separated line per case: name, exit status, error lines, whether a Java
 * exception name was printed, milliseconds. {@link HostileCorpusTest} runs it with {@code -Xmx1g}.
 */
public final class HostileCorpus {

    /** One command of the corpus, by name. */
    record Case(String name, String[] args) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private HostileCorpus() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        List<Case> cases = make(folder);
        System.out.println("cases\t" + cases.size());
        for (Case hostile : cases) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            long started = System.nanoTime();
            int status = NeuriteCommand.run(hostile.args(), new PrintWriter(out, true), new PrintWriter(err, true));
            long millis = (System.nanoTime() - started) / 1_000_000;
            String printed = out + "\n" + err;
            long errorLines = err.toString().lines().filter(line -> line.startsWith("error:")).count();
            boolean javaName = printed.matches("(?s).*\\b(java|javax|org|com|dev)\\.[a-z0-9.]+\\.[A-Z]\\w*.*")
                    || printed.matches("(?s).*\\b\\w+(Exception|Error)\\b[:(].*");
            System.out.println(hostile.name() + "\t" + status + "\t" + errorLines + "\t" + javaName + "\t" + millis
                    + "\t" + err.toString().strip().replace('\n', ' '));
        }
    }

    /** Writes the corpus into {@code folder} and returns its cases. */
    static List<Case> make(Path folder) throws IOException, InterruptedException {
        List<Case> cases = new ArrayList<>();
        Path image = TestImages.one(folder);
        for (Map.Entry<String, ArrayNode> model : models().entrySet()) {
            Path file = folder.resolve(model.getKey() + ".json");
            ObjectNode root = (ObjectNode) JSON.readTree(ModelFileFormat.write(Templates.get("logistic")));
            root.remove("template");
            root.set("layers", model.getValue());
            Files.writeString(file, JSON.writeValueAsString(root));
            cases.add(train(model.getKey(), file));
        }
        cases.add(train("dev-zero", Path.of("/dev/zero")));
        Path fifo = folder.resolve("pipe.json");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        cases.add(train("fifo", fifo));
        Path big = folder.resolve("big.json");
        Files.write(big, new byte[17 << 20]);
        cases.add(train("seventeen-mib", big));
        cases.add(train("not-json", Files.writeString(folder.resolve("text.json"), "layers: dense")));

        for (Map.Entry<String, byte[]> weights : weightsArchives().entrySet()) {
            Path model = folder.resolve(weights.getKey() + ".json");
            ModelFileFormat.write(Templates.get("logistic"), model);
            Files.write(SavedModel.weightsFile(model), weights.getValue());
            cases.add(new Case(weights.getKey(), new String[]{"predict", model.toString(), image.toString()}));
        }
        Path other = folder.resolve("other.json");
        Path mine = folder.resolve("mine.json");
        SavedModel.write(Templates.get("logistic"), weights(1f), mine);
        SavedModel.write(Templates.get("logistic"), weights(2f), other);
        Files.copy(SavedModel.weightsFile(other), SavedModel.weightsFile(mine),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        cases.add(new Case("weights-of-another-save", new String[]{"predict", mine.toString(), image.toString()}));
        for (Map.Entry<String, byte[]> picture : images().entrySet()) {
            Path file = Files.write(folder.resolve(picture.getKey()), picture.getValue());
            cases.add(new Case("image-" + picture.getKey(), new String[]{"predict", "default", file.toString()}));
        }
        String header = "label," + String.join(",", java.util.stream.IntStream.range(0, 784)
                .mapToObj(i -> "pixel" + i).toList());
        String zeros = String.join(",", java.util.Collections.nCopies(784, "0"));
        Map<String, String> csvs = new LinkedHashMap<>();
        csvs.put("csv-empty", "");
        csvs.put("csv-missing-columns", header + "\n3,0,0,0\n");
        csvs.put("csv-not-numbers", header + "\n3," + zeros.replaceFirst("0", "dark") + "\n");
        csvs.put("csv-pixel-300", header + "\n3," + zeros.replaceFirst("0", "300") + "\n");
        csvs.put("csv-label-minus-one", header + "\n-1," + zeros + "\n");
        csvs.put("csv-label-57", header + "\n57," + zeros + "\n");
        csvs.put("csv-huge-line", header + "\n3," + "0".repeat(20 << 20) + "\n");
        for (Map.Entry<String, String> csv : csvs.entrySet()) {
            Path file = Files.writeString(folder.resolve(csv.getKey() + ".csv"), csv.getValue());
            cases.add(new Case(csv.getKey(), new String[]{"train", "logistic", "--data", file.toString(),
                    "--epochs", "1"}));
        }
        Path emptyClasses = Files.createDirectories(folder.resolve("empty-classes"));
        Files.createDirectories(emptyClasses.resolve("0"));
        Files.createDirectories(emptyClasses.resolve("1"));
        cases.add(new Case("folder-empty-classes", new String[]{"train", "logistic", "--data",
                emptyClasses.toString(), "--epochs", "1"}));
        Path notImages = Files.createDirectories(folder.resolve("not-images").resolve("3"));
        Files.writeString(notImages.resolve("a.png"), "not a picture");
        cases.add(new Case("folder-not-images", new String[]{"train", "logistic", "--data",
                notImages.getParent().toString(), "--epochs", "1"}));
        Path loop = Files.createDirectories(folder.resolve("loop").resolve("7"));
        Files.createSymbolicLink(loop.resolve("again"), loop.getParent());
        cases.add(new Case("folder-symlink-loop", new String[]{"train", "logistic", "--data",
                loop.getParent().toString(), "--epochs", "1"}));
        for (String[] setting : new String[][]{{"--batch-size", "0"}, {"--batch-size", "1000000000000"},
                {"--validation-split", "1.0"}, {"--validation-split", "-0.5"}, {"--threads", "1000"},
                {"--epochs", "-3"}, {"--rotation-range", "1e9"}}) {
            cases.add(new Case("setting" + setting[0] + "=" + setting[1], new String[]{"train", "logistic",
                    "--data", "digits", setting[0], setting[1]}));
        }
        return cases;
    }

    private static Case train(String name, Path model) {
        return new Case(name, new String[]{"train", model.toString(), "--data", "digits", "--epochs", "1",
                "--train-samples", "50"});
    }

    /** Layer lists that overflow, cannot fit, loop or are named unsafely. */
    private static Map<String, ArrayNode> models() {
        int max = Integer.MAX_VALUE;
        Map<String, ArrayNode> models = new LinkedHashMap<>();
        models.put("dense-2g-units", chain(image(), flatten(), dense("big", max), softmax()));
        models.put("conv-1e9-filters", chain(image(), layer("Conv2D", "c", "{\"filters\": 1000000000, "
                + "\"kernel_size\": [3, 3]}"), layer("GlobalAveragePooling2D", "g", "{}"), softmax()));
        models.put("ten-billion-params", chain(image(), flatten(), dense("d1", 100_000), dense("d2", 100_000),
                softmax()));
        models.put("zero-padding-2g", chain(image(), layer("ZeroPadding2D", "z", "{\"padding\": " + max + "}"),
                flatten(), softmax()));
        models.put("dilation-2g", chain(image(), layer("Conv2D", "c", "{\"filters\": 4, \"kernel_size\": [3, 3], "
                + "\"dilation_rate\": [" + max + ", " + max + "]}"), flatten(), softmax()));
        models.put("reshape-65536", chain(image(), layer("Reshape", "r", "{\"target_shape\": [65536, 65536, -1]}"),
                flatten(), softmax()));
        models.put("input-1e10", chain(layer("InputLayer", "input_1", "{\"shape\": [100000, 100000, 3]}"),
                flatten(), softmax()));
        models.put("three-classes", chain(image(), flatten(), layer("Dense", "out", "{\"units\": 3, "
                + "\"activation\": \"softmax\"}")));
        models.put("one-sigmoid", chain(image(), flatten(), layer("Dense", "out", "{\"units\": 1, "
                + "\"activation\": \"sigmoid\"}")));
        ArrayNode selfLoop = chain(image(), flatten(), softmax());
        ((ArrayNode) selfLoop.get(2).get("inbound")).add("out");
        models.put("self-loop", selfLoop);
        models.put("cycle-9998", bigCycle(9_998));
        ArrayNode dots = chain(image(), flatten(), softmax());
        ((ObjectNode) dots.get(2)).put("name", "..");
        models.put("name-dot-dot", dots);
        return models;
    }

    private static ArrayNode bigCycle(int layers) {
        ArrayNode nodes = JSON.createArrayNode();
        nodes.add(layer("InputLayer", "input_1", "{\"shape\": [8]}"));
        ObjectNode add = layer("Add", "add", "{}");
        ((ArrayNode) add.get("inbound")).add("input_1").add("d" + (layers - 1));
        nodes.add(add);
        for (int i = 0; i < layers; i++) {
            ObjectNode dense = dense("d" + i, 8);
            ((ArrayNode) dense.get("inbound")).add(i == 0 ? "add" : "d" + (i - 1));
            nodes.add(dense);
        }
        return nodes;
    }

    /** Weights archives that lie: paths, names, shapes, sizes and values. */
    private static Map<String, byte[]> weightsArchives() throws IOException {
        Map<String, byte[]> archives = new LinkedHashMap<>();
        archives.put("weights-path-escape", zip(StandardCharsets.UTF_8, "../kernel.npy", new byte[16]));
        archives.put("weights-latin1-name", zip(StandardCharsets.ISO_8859_1, "d\u00e9nse/kernel.npy", new byte[16]));
        archives.put("weights-npy-shape-overflow", zip(StandardCharsets.UTF_8, "dense/kernel.npy",
                npy("(4294967296, 4294967296, 4294967296)")));
        archives.put("weights-64mib-zeros", zip(StandardCharsets.UTF_8, "dense/kernel.npy", new byte[64 << 20]));
        archives.put("weights-not-zip", "PK but not a zip".getBytes(StandardCharsets.US_ASCII));
        Map<String, INDArray> nan = weights(1f);
        nan.get("dense/kernel").putScalar(3, Float.NaN);
        ByteArrayOutputStream nanZip = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(nanZip)) {
            new WeightsArchive().write(zip, nan);
        }
        archives.put("weights-nan", nanZip.toByteArray());
        return archives;
    }

    /** Image files that are empty, cut short, enormous by their header, or not images at all. */
    private static Map<String, byte[]> images() throws IOException {
        Map<String, byte[]> images = new LinkedHashMap<>();
        images.put("empty.png", new byte[0]);
        byte[] png = png(new java.awt.image.BufferedImage(28, 28, java.awt.image.BufferedImage.TYPE_INT_RGB));
        images.put("truncated.png", java.util.Arrays.copyOf(png, png.length / 2));
        images.put("huge-header.png", hugePng());
        images.put("text.png", "this is not a picture".getBytes(StandardCharsets.US_ASCII));
        images.put("drawing.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.US_ASCII));
        return images;
    }

    private static byte[] png(java.awt.image.BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** A PNG whose header claims 100000 x 100000 pixels (with a valid checksum) and whose data is tiny. */
    private static byte[] hugePng() throws IOException {
        byte[] small = png(new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_BYTE_GRAY));
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(small);
        buffer.putInt(16, 100_000).putInt(20, 100_000);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(small, 12, 17);
        buffer.putInt(29, (int) crc.getValue());
        return small;
    }

    private static Map<String, INDArray> weights(float value) {
        Map<String, INDArray> weights = new LinkedHashMap<>();
        weights.put("dense/kernel", Nd4j.valueArrayOf(new long[]{784, 10}, value));
        weights.put("dense/bias", Nd4j.valueArrayOf(new long[]{10}, value));
        return weights;
    }

    private static byte[] zip(java.nio.charset.Charset names, String entry, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, names)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] npy(String shape) {
        byte[] header = ("{'descr': '<f4', 'fortran_order': False, 'shape': " + shape + ", }\n")
                .getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[]{(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) header.length, 0});
        bytes.writeBytes(header);
        return bytes.toByteArray();
    }

    /** The layers in order, each fed by the one before; names as given. */
    private static ArrayNode chain(ObjectNode... layers) {
        ArrayNode nodes = JSON.createArrayNode();
        String previous = null;
        for (ObjectNode layer : layers) {
            if (previous != null) {
                ((ArrayNode) layer.get("inbound")).add(previous);
            }
            previous = layer.get("name").asText();
            nodes.add(layer);
        }
        return nodes;
    }

    private static ObjectNode image() {
        return layer("InputLayer", "input_1", "{\"shape\": [28, 28, 1]}");
    }

    private static ObjectNode flatten() {
        return layer("Flatten", "flatten", "{}");
    }

    private static ObjectNode softmax() {
        return layer("Dense", "out", "{\"units\": 10, \"activation\": \"softmax\"}");
    }

    private static ObjectNode dense(String name, int units) {
        return layer("Dense", name, "{\"units\": " + units + "}");
    }

    private static ObjectNode layer(String className, String name, String config) {
        ObjectNode layer = JSON.createObjectNode();
        layer.put("class_name", className);
        layer.put("name", name);
        layer.putArray("inbound");
        try {
            JsonNode parsed = JSON.readTree(config);
            layer.set("config", parsed);
        } catch (IOException e) {
            throw new IllegalArgumentException(config, e);
        }
        return layer;
    }
}
