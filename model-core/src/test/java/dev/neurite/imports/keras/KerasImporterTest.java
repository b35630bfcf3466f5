package dev.neurite.imports.keras;

import com.fasterxml.jackson.databind.JsonNode;
import dev.neurite.engine.CpuEngine;
import dev.neurite.engine.Network;
import dev.neurite.eval.TrainedModels;
import dev.neurite.graph.ModelAnalysis;
import dev.neurite.graph.ModelSummary;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dense;
import dev.neurite.layers.TensorShape;
import dev.neurite.settings.Loss;
import dev.neurite.settings.Optimizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KerasImporterTest {

    @Test
    void tinyDenseArchivePredictsInputTimesKernelPlusBias() {
        ImportedModel model = KerasImporter.read(KerasFixtures.file("tiny_dense.keras"));
        Network network = TrainedModels.withWeights(model.definition(), model.weights(), new CpuEngine(), "tiny");
        float[][] x = {{1, 0, -1}, {0.5f, 2, 3}};
        float[][] kernel = {{1, 2}, {3, 4}, {5, 6}};
        float[] bias = {0.5f, -0.5f};
        INDArray out = network.predict(Nd4j.createFromArray(x));
        for (int row = 0; row < 2; row++) {
            for (int unit = 0; unit < 2; unit++) {
                double expected = bias[unit];
                for (int i = 0; i < 3; i++) {
                    expected += x[row][i] * kernel[i][unit];
                }
                assertEquals(expected, out.getDouble(row, unit), 1e-5);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"keras2_mlp.h5, mlp", "keras3_mlp.keras, mlp", "keras2_cnn.h5, cnn", "keras3_cnn.keras, cnn"})
    void importedModelMatchesNumPyOutputsForTheSameWeights(String file, String reference) {
        ImportedModel model = KerasImporter.read(KerasFixtures.file(file));
        Network network = TrainedModels.withWeights(model.definition(), model.weights(), new CpuEngine(), file);
        JsonNode ref = KerasFixtures.reference(reference);
        long[] shape = StreamSupport.stream(ref.get("input_shape").spliterator(), false)
                .mapToLong(JsonNode::asLong).toArray();
        float[] input = new float[ref.get("input").size()];
        for (int i = 0; i < input.length; i++) {
            input[i] = (float) ref.get("input").get(i).asDouble();
        }
        INDArray out = network.predict(Nd4j.create(input, shape, 'c')).castTo(DataType.DOUBLE);
        double[] actual = out.reshape(out.length()).toDoubleVector();
        double[] expected = new double[ref.get("output").size()];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = ref.get("output").get(i).asDouble();
        }
        assertArrayEquals(expected, actual, 1e-5);
    }

    @Test
    void mlpSummaryHasKerasShapesAndParameterCounts() {
        ImportedModel model = KerasImporter.read(KerasFixtures.file("keras3_mlp.keras"));
        ModelAnalysis analysis = model.definition().graph().analyze();
        assertFalse(analysis.hasErrors());
        assertEquals(TensorShape.of(784), analysis.node("flatten").outputShape());
        assertEquals(12_560, analysis.node("dense").parameters().total());
        assertEquals(170, analysis.node("dense_1").parameters().total());
        assertEquals(12_730, analysis.totalParameters().total());
        assertTrue(ModelSummary.of(model.definition().graph()).contains("12,730"));
    }

    @Test
    void cnnHasKerasLayersAndCountsBatchNormStatisticsAsNonTrainable() {
        ImportedModel model = KerasImporter.read(KerasFixtures.file("keras2_cnn.h5"));
        ModelAnalysis analysis = model.definition().graph().analyze();
        Conv2D conv = assertInstanceOf(Conv2D.class, model.definition().graph().node("conv2d").layer());
        assertEquals(4, conv.filters());
        assertEquals(TensorShape.of(8, 8, 4), analysis.node("conv2d").outputShape());
        assertEquals(251, analysis.totalParameters().total());
        assertEquals(8, analysis.totalParameters().nonTrainable());
        assertArrayEquals(new long[]{3, 3, 1, 4}, model.weights().get("conv2d/kernel").shape());
        assertArrayEquals(new long[]{4}, model.weights().get("batch_normalization/moving_variance").shape());
    }

    @Test
    void keras2TrainingConfigBecomesCompileSettings() {
        ImportedModel model = KerasImporter.read(KerasFixtures.file("keras2_mlp.h5"));
        Optimizer.Adam adam = assertInstanceOf(Optimizer.Adam.class, model.definition().compile().optimizer());
        assertEquals(0.0005, adam.learningRate(), 1e-12);
        assertEquals(Loss.CATEGORICAL_CROSSENTROPY, model.definition().compile().loss());
        assertEquals(List.of("accuracy"), model.definition().compile().metrics());
    }

    @Test
    void keras3CompileConfigBecomesCompileSettings() {
        ImportedModel model = KerasImporter.read(KerasFixtures.file("keras3_mlp.keras"));
        assertInstanceOf(Optimizer.RmsProp.class, model.definition().compile().optimizer());
        assertTrue(model.format().contains("Keras 3.6.0"), model.format());
    }

    @Test
    void jsonConfigsGiveTheSameGraphsAsTheSavedModelsWithoutWeights() {
        ImportedModel keras2 = KerasImporter.read(KerasFixtures.file("keras2_mlp.json"));
        ImportedModel keras3 = KerasImporter.read(KerasFixtures.file("keras3_cnn.json"));
        assertFalse(keras2.hasWeights());
        assertEquals(KerasImporter.read(KerasFixtures.file("keras2_mlp.h5")).definition().graph(),
                keras2.definition().graph());
        assertEquals(KerasImporter.read(KerasFixtures.file("keras3_cnn.keras")).definition().graph(),
                keras3.definition().graph());
        Dense dense = assertInstanceOf(Dense.class, keras2.definition().graph().node("dense_1").layer());
        assertEquals(10, dense.units());
    }

    @Test
    void recognisesKerasJsonButNotNeuriteJson() throws Exception {
        assertTrue(KerasImporter.isKerasFile(KerasFixtures.file("keras2_mlp.json")));
        assertTrue(KerasImporter.isKerasFile(KerasFixtures.file("keras3_cnn.keras")));
        java.nio.file.Path neurite = java.nio.file.Files.createTempFile("neurite", ".json");
        try {
            java.nio.file.Files.writeString(neurite, "{\"format\": \"neurite-model\", \"format_version\": 1}");
            assertFalse(KerasImporter.isKerasFile(neurite));
        } finally {
            java.nio.file.Files.delete(neurite);
        }
    }
}
