package dev.neurite.export;

import dev.neurite.data.DataSet;
import dev.neurite.data.TrainTestSets;
import dev.neurite.data.digits.BundledDigits;
import dev.neurite.format.DataArchive;
import dev.neurite.format.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A script exported for the bundled digits loads them, with NumPy, from the archive written beside it: the arrays
 * {@code keras.datasets.mnist.load_data()} would give, with the same pixels and labels as Neurite's. Needs python3
 * with NumPy ({@code .ci/run} installs it).
 */
class DigitsExportTest {

    @Test
    void theDigitsScriptLoadsTheArchiveBesideItWithTheSamePixelsAndLabels(@TempDir Path folder) throws Exception {
        TrainTestSets digits = BundledDigits.load();
        DataArchive.write(folder.resolve(KerasExporter.DIGITS_ARCHIVE), digits);
        String script = KerasExporter.export(Templates.get("quick-cnn"), KerasExporter.DIGITS);
        assertFalse(script.contains(".load_data()\n"), script);
        String dataCell = script.substring(script.indexOf("import os"), script.indexOf("test_images, test_labels"));
        Files.writeString(folder.resolve("load.py"), dataCell
                + "for name, a in [('x_train', x_train), ('y_train', y_train), ('x_test', x_test), "
                + "('y_test', y_test)]:\n"
                + "    print(name, a.shape, a.dtype, int(a.astype('int64').sum()))\n");
        Process process = new ProcessBuilder("python3", "load.py").directory(folder.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, output);

        DataSet train = digits.train();
        DataSet test = digits.test().orElseThrow();
        assertEquals(String.join("\n",
                line("x_train", train, true), line("y_train", train, false),
                line("x_test", test, true), line("y_test", test, false)) + "\n", output);
    }

    private static String line(String name, DataSet set, boolean pixels) {
        if (pixels) {
            long sum = 0;
            for (byte b : set.pixelBytes()) {
                sum += Byte.toUnsignedInt(b);
            }
            return name + " (" + set.size() + ", " + set.height() + ", " + set.width() + ") uint8 " + sum;
        }
        long sum = 0;
        for (int label : set.labels()) {
            sum += label;
        }
        return name + " (" + set.size() + ",) uint8 " + sum;
    }
}
