package dev.neurite;

import dev.neurite.data.TrainTestSets;
import dev.neurite.data.digits.BundledDigits;
import dev.neurite.engine.CpuEngine;
import dev.neurite.export.KerasExporter;
import dev.neurite.format.ModelFileFormat;
import dev.neurite.format.WeightsArchive;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.Flatten;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.LayerConfig;
import dev.neurite.layers.LayerType;
import dev.neurite.layers.TensorShape;
import dev.neurite.model.ModelDefinition;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.Validation;
import dev.neurite.train.CallbackSettings;
import dev.neurite.train.EpochMetrics;
import dev.neurite.train.TrainingListener;
import dev.neurite.train.TrainingPreparation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One contract over every {@link LayerType}, each in a small digits classifier around the type's palette defaults:
 * the model has no error, its model file reads back equal, the Keras export names the layer, and one epoch on a few
 * digits trains to a finite loss. The switch in {@link #around} is exhaustive, so a new layer type does not compile
 * until it has a place here. (Shapes against Keras's formulas, parameter counts and gradient checks have their own
 * tests per layer.)
 */
class LayerTypeContractTest {

    private static final TrainTestSets DIGITS = BundledDigits.load();

    /** A classifier of 28x28 digits with {@code type}'s default layer in it. */
    private static ModelGraph around(LayerType type) {
        LayerConfig layer = type.createDefault();
        InputLayer image = new InputLayer(TensorShape.of(28, 28, 1));
        InputLayer vector = new InputLayer(TensorShape.of(784));
        Dense softmax = new Dense(10, ActivationFunction.SOFTMAX);
        return switch (type) {
            case INPUT_LAYER -> ModelGraph.sequential(layer, softmax);
            case DENSE, ACTIVATION, DROPOUT, RESCALING, BATCH_NORMALIZATION, NORMALIZATION, RESHAPE ->
                    ModelGraph.sequential(vector, layer, new Flatten(), softmax);
            case FLATTEN -> ModelGraph.sequential(image, layer, softmax);
            case CONV2D, ZERO_PADDING2D, MAX_POOLING2D, AVERAGE_POOLING2D ->
                    ModelGraph.sequential(image, layer, new Flatten(), softmax);
            case GLOBAL_AVERAGE_POOLING2D ->
                    ModelGraph.sequential(image, new Conv2D(4, Dims2D.square(3)), layer, softmax);
            case ADD, CONCATENATE -> {
                ModelGraph graph = ModelGraph.sequential(vector, new Dense(16));
                graph = graph.add(new Dense(16), List.of("input_1"));
                yield graph.add(layer, List.of("dense", "dense_1")).append(softmax);
            }
        };
    }

    private static ModelDefinition model(LayerType type) {
        FitSettings fit = FitSettings.defaults().withEpochs(1).withBatchSize(32).withValidation(new Validation.None());
        return new ModelDefinition(around(type), CompileSettings.defaults(), fit, null);
    }

    @ParameterizedTest
    @EnumSource(LayerType.class)
    void theLayerSitsInAModelWithoutErrors(LayerType type) {
        ModelGraph graph = around(type);
        assertTrue(graph.nodes().stream().anyMatch(n -> n.layer().type() == type), graph.toString());
        assertFalse(graph.analyze().diagnostics().stream().anyMatch(d -> d.isError()),
                graph.analyze().diagnostics().toString());
    }

    @ParameterizedTest
    @EnumSource(LayerType.class)
    void theModelFileReadsBackEqual(LayerType type) {
        ModelDefinition model = model(type);
        assertEquals(model, ModelFileFormat.read(ModelFileFormat.write(model), type.name()));
    }

    @ParameterizedTest
    @EnumSource(LayerType.class)
    void theKerasExportNamesTheLayer(LayerType type) {
        String call = type == LayerType.INPUT_LAYER ? "keras.Input(" : "layers." + type.kerasClassName() + "(";
        String python = KerasExporter.export(model(type), "digits");
        assertTrue(python.contains(call), call + " in\n" + python);
    }

    @ParameterizedTest
    @EnumSource(LayerType.class)
    void oneEpochOnAFewDigitsTrainsToAFiniteLoss(LayerType type) throws InterruptedException {
        List<EpochMetrics> epochs = new ArrayList<>();
        var prepared = new TrainingPreparation(new CpuEngine(), new WeightsArchive()::write).prepare(model(type),
                CallbackSettings.none(), DIGITS, 64, (fit, samples) -> new TrainingListener() {
                    @Override
                    public void epochEnded(EpochMetrics metrics) {
                        epochs.add(metrics);
                    }
                });
        prepared.session().start();
        prepared.session().awaitCompletion();
        assertEquals(1, epochs.size());
        assertTrue(Double.isFinite(epochs.get(0).loss()), epochs.toString());
    }
}
