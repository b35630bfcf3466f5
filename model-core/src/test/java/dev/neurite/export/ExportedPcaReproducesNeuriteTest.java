package dev.neurite.export;

import dev.neurite.data.DataSet;
import dev.neurite.data.TrainTestSets;
import dev.neurite.data.digits.BundledDigits;
import dev.neurite.model.ModelDefinition;
import dev.neurite.format.Templates;
import dev.neurite.pca.PrincipalComponents;
import dev.neurite.settings.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The PCA lines of an exported script, run by scikit-learn on the same images, give Neurite's components, variances
 * and transformed test images (up to each component's sign). Needs a python3 with scikit-learn (Debian's
 * {@code python3-sklearn}); skipped where there is none.
 */
class ExportedPcaReproducesNeuriteTest {

    private static final int COMPARED = 10;

    @Test
    void scikitLearnRunningTheExportedPcaFindsNeuritesComponents(@TempDir Path folder) throws Exception {
        String python = pythonWithScikitLearn();
        assumeTrue(python != null, "no python3 with scikit-learn here");
        TrainTestSets digits = BundledDigits.load();
        DataSet train = digits.train().range(0, 600);
        DataSet test = digits.test().orElseThrow().range(0, 50);
        ModelDefinition template = Templates.get("pca-mlp");
        ModelDefinition model = template.withFit(template.fit().withValidation(new Validation.Split(0.25)));
        String script = KerasExporter.export(model, "mnist");
        String pcaLines = script.substring(script.indexOf("pca = PCA("), script.indexOf("input_shape = (60,)"));
        writeFloats(folder.resolve("x_train.bin"), train.toFloats());
        writeFloats(folder.resolve("x_test.bin"), test.toFloats());
        String program = "import numpy as np\nfrom sklearn.decomposition import PCA\n"
                + "x_train = np.fromfile('x_train.bin', dtype='<f4').reshape(-1, 784)\n"
                + "x_test = np.fromfile('x_test.bin', dtype='<f4').reshape(-1, 784)\n"
                + pcaLines
                + "pca.components_.astype('<f8').tofile('components.bin')\n"
                + "pca.explained_variance_.astype('<f8').tofile('variance.bin')\n"
                + "x_test.astype('<f8').tofile('x_test_pca.bin')\n";
        Files.writeString(folder.resolve("pca.py"), program);
        Process process = new ProcessBuilder(python, "pca.py").directory(folder.toFile()).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS) && process.exitValue() == 0, output);

        PrincipalComponents neurite = PrincipalComponents.fit(train.range(0, 450), 60);
        double[] components = readDoubles(folder.resolve("components.bin"));
        double[] variance = readDoubles(folder.resolve("variance.bin"));
        double[] transformed = readDoubles(folder.resolve("x_test_pca.bin"));
        double[] sign = new double[COMPARED];
        for (int c = 0; c < COMPARED; c++) {
            assertEquals(neurite.explainedVariance()[c], variance[c], 1e-4 * variance[0], "variance " + c);
            float[] mine = neurite.component(c);
            double dot = 0;
            for (int j = 0; j < 784; j++) {
                dot += mine[j] * components[c * 784 + j];
            }
            assertEquals(1, Math.abs(dot), 1e-3, "component " + c);
            sign[c] = Math.signum(dot);
        }
        float[] image = new float[784];
        for (int i = 0; i < test.size(); i++) {
            test.copyImage(i, image, 0);
            float[] mine = neurite.transform(image, COMPARED);
            for (int c = 0; c < COMPARED; c++) {
                assertEquals(mine[c], sign[c] * transformed[i * 60 + c], 2e-3, "test image " + i + ", component " + c);
            }
        }
    }

    private static String pythonWithScikitLearn() throws InterruptedException {
        for (String candidate : List.of("/usr/bin/python3", "python3")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import sklearn").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException absent) {
                // try the next one
            }
        }
        return null;
    }

    private static void writeFloats(Path file, float[] values) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        Files.write(file, buffer.array());
    }

    private static double[] readDoubles(Path file) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        double[] values = new double[buffer.remaining() / 8];
        buffer.asDoubleBuffer().get(values);
        return values;
    }
}
