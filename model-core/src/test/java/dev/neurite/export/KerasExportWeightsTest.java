package dev.neurite.export;

import dev.neurite.format.Templates;
import dev.neurite.format.WeightsArchive;
import dev.neurite.imports.keras.ImportedModel;
import dev.neurite.imports.keras.KerasImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Export with weights: a .npz beside the script, which loads it into the model it builds with set_weights. */
class KerasExportWeightsTest {

    /** Runs the script's weight-loading block on a stand-in model, then the MLP's forward pass with NumPy. */
    private static final String CHECK = String.join("\n",
            "import json, sys",
            "import numpy as np",
            "script = open(sys.argv[1]).read()",
            "block = script[script.index('# The weights trained in Neurite'):script.index('model.summary()')]",
            "class Layer:",
            "    def __init__(self, n):",
            "        self.weights = [None] * n",
            "    def set_weights(self, values):",
            "        assert len(values) == len(self.weights)",
            "        self.values = values",
            "layers = {'dense': Layer(2), 'dense_1': Layer(2)}",
            "class Model:",
            "    def get_layer(self, name):",
            "        return layers[name]",
            "exec(block, {'model': Model(), '__file__': sys.argv[1]})",
            "ref = json.load(open(sys.argv[2]))['mlp']",
            "x = np.array(ref['input'], dtype=np.float64).reshape(3, -1)",
            "k1, b1 = layers['dense'].values",
            "k2, b2 = layers['dense_1'].values",
            "assert k1.shape == (784, 16) and k2.shape == (16, 10), (k1.shape, k2.shape)",
            "z = np.maximum(x @ k1 + b1, 0) @ k2 + b2",
            "p = np.exp(z - z.max(axis=1, keepdims=True))",
            "p /= p.sum(axis=1, keepdims=True)",
            "print(float(np.abs(p.ravel() - np.array(ref['output'])).max()))");

    @TempDir
    Path folder;

    @Test
    void scriptWithWeightsLoadsEachLayersArraysInKerasOrder() {
        String script = KerasExporter.export(Templates.get("quick-cnn"), "mnist", "train.weights.npz");
        assertTrue(script.contains("weights = np.load(os.path.join(here, \"train.weights.npz\"))"), script);
        assertTrue(script.contains("[\"kernel\", \"bias\"]"), script);
        assertTrue(script.indexOf("set_weights") < script.indexOf("model.compile("), script);
        assertTrue(script.contains("Test loss of the model trained in Neurite"), script);
    }

    @Test
    void scriptWithoutWeightsIsTheUsualOne() {
        assertEquals(KerasExporter.export(Templates.get("mnist-mlp"), "mnist"),
                KerasExporter.export(Templates.get("mnist-mlp"), "mnist", null));
        assertFalse(KerasExporter.export(Templates.get("mnist-mlp"), "mnist").contains("set_weights"));
    }

    @Test
    void exportedWeightsGiveNumPyTheSameOutputsAsKeras() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "needs the system python3 with NumPy");
        Path fixtures = Path.of(KerasExportWeightsTest.class.getResource("/keras/reference.json").toURI())
                .getParent();
        ImportedModel model = KerasImporter.read(fixtures.resolve("keras3_mlp.keras"));
        Map<String, INDArray> weights = model.weights();
        new WeightsArchive().write(folder.resolve("mlp.weights.npz"), weights);
        Path script = folder.resolve("mlp.py");
        Files.writeString(script, KerasExporter.export(model.definition(), "mnist", "mlp.weights.npz"),
                StandardCharsets.UTF_8);

        Process process = new ProcessBuilder(python.toString(), "-c", CHECK, script.toString(),
                fixtures.resolve("reference.json").toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "python3 did not finish");
        assumeTrue(!output.contains("No module named 'numpy'"), "needs NumPy");
        assertEquals(0, process.exitValue(), output);
        assertTrue(Double.parseDouble(output) < 1e-6, output);
    }

    @Test
    void dataParallelScriptChoosesJaxScalesBatchAndRateAndSavesForImportRun() throws Exception {
        String script = KerasExporter.export(Templates.get("quick-cnn"), "mnist", null, true);
        assertTrue(script.indexOf("os.environ.setdefault(\"KERAS_BACKEND\", \"jax\")") < script.indexOf("import keras"),
                script);
        assertTrue(script.contains("keras.distribution.set_distribution(keras.distribution.DataParallel("
                + "devices=devices))"), script);
        assertTrue(script.contains("tf.distribute.MirroredStrategy()"), script);
        int batch = Templates.get("quick-cnn").fit().batchSize();
        assertTrue(script.contains("batch_size=" + batch + " * replicas,"), script);
        assertTrue(script.matches("(?s).*learning_rate=[0-9.e-]+ \\* replicas.*"), script);
        assertTrue(script.contains("model.save(\"model.keras\")") && script.contains("json.dump("), script);
        Path file = folder.resolve("distributed.py");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder("python3", "-c", "import ast, sys; ast.parse(open(sys.argv[1]).read())",
                file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "python3 did not finish");
        assertEquals(0, process.exitValue(), output);
    }
}
