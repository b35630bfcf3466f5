package dev.neurite.format;

import dev.neurite.NeuriteException;
import dev.neurite.engine.CpuEngine;
import dev.neurite.engine.Network;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.BatchNormalization;
import dev.neurite.layers.Dense;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.Loss;
import dev.neurite.settings.Optimizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeightsArchiveTest {

    private static Network model(int hidden, long seed) {
        return new CpuEngine().compile(ModelGraph.sequential(new InputLayer(TensorShape.of(5)),
                        new Dense(hidden, ActivationFunction.RELU), new BatchNormalization(),
                        new Dense(3, ActivationFunction.SOFTMAX)),
                new CompileSettings(new Optimizer.Adam(), Loss.SPARSE_CATEGORICAL_CROSSENTROPY,
                        java.util.List.of("accuracy")), seed);
    }

    @Test
    void loadedModelPredictsExactlyAsBeforeSaving(@TempDir Path dir) throws IOException {
        Network saved = model(4, 1);
        saved.train(Nd4j.rand(DataType.FLOAT, 8, 5), new int[]{0, 1, 2, 0, 1, 2, 0, 1});
        Path file = dir.resolve("weights.zip");
        new WeightsArchive().write(file, saved.weights());
        Network loaded = model(4, 2);
        loaded.setWeights(new WeightsArchive().read(file));
        INDArray x = Nd4j.rand(DataType.FLOAT, 6, 5);
        assertEquals(saved.predict(x), loaded.predict(x));
    }

    @Test
    void archiveKeepsKerasNamesAndShapes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("w.zip");
        new WeightsArchive().write(file, model(4, 1).weights());
        Map<String, INDArray> read = new WeightsArchive().read(file);
        assertTrue(read.containsKey("dense/kernel"), read.keySet().toString());
        assertEquals(4, read.get("batch_normalization/moving_variance").length());
    }

    @Test
    void weightsOfAnotherShapeAreRefusedNamingLayerAndShapes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("w.zip");
        new WeightsArchive().write(file, model(4, 1).weights());
        Map<String, INDArray> weights = new WeightsArchive().read(file);
        NeuriteException e = assertThrows(NeuriteException.class, () -> model(6, 1).setWeights(weights));
        assertTrue(e.getMessage().contains("'dense'") && e.getMessage().contains("[5, 4]")
                && e.getMessage().contains("[5, 6]"), e.getMessage());
    }

    @Test
    void entryThatEscapesItsFolderIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("evil.zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("../../etc/kernel.npy"));
            zip.write(new byte[]{1, 2, 3});
            zip.closeEntry();
        }
        NeuriteException e = assertThrows(NeuriteException.class, () -> new WeightsArchive().read(file));
        assertTrue(e.getMessage().contains("../../etc/kernel.npy"), e.getMessage());
    }

    @Test
    void oversizedEntryIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("w.zip");
        new WeightsArchive().write(file, model(4, 1).weights());
        WeightsArchive strict = new WeightsArchive(new WeightsArchive.Limits(100, 64, 1 << 20));
        assertThrows(NeuriteException.class, () -> strict.read(file));
    }

    @Test
    void truncatedArrayIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("w.zip");
        byte[] npy = Npy.write(new long[]{2, 2}, new float[]{1, 2, 3, 4});
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("dense/kernel.npy"));
            zip.write(npy, 0, npy.length - 4);
            zip.closeEntry();
        }
        assertThrows(NeuriteException.class, () -> new WeightsArchive().read(file));
    }
}
