package dev.neurite;

import dev.neurite.data.TrainTestSets;
import dev.neurite.data.digits.BundledDigits;
import dev.neurite.engine.CpuEngine;
import dev.neurite.engine.Network;
import dev.neurite.engine.Parameter;
import dev.neurite.explain.Activations;
import dev.neurite.explain.ReceptiveField;
import dev.neurite.export.KerasExporter;
import dev.neurite.format.ModelFileFormat;
import dev.neurite.format.WeightsArchive;
import dev.neurite.graph.LayerNode;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.Activation;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Add;
import dev.neurite.layers.AveragePooling2D;
import dev.neurite.layers.BatchNormalization;
import dev.neurite.layers.Concatenate;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.Dropout;
import dev.neurite.layers.Flatten;
import dev.neurite.layers.GlobalAveragePooling2D;
import dev.neurite.layers.Initializer;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.LayerConfig;
import dev.neurite.layers.LayerType;
import dev.neurite.layers.MaxPooling2D;
import dev.neurite.layers.Normalization;
import dev.neurite.layers.Padding;
import dev.neurite.layers.ParameterCount;
import dev.neurite.layers.Rescaling;
import dev.neurite.layers.Reshape;
import dev.neurite.layers.TensorShape;
import dev.neurite.layers.UpSampling2D;
import dev.neurite.layers.ZeroPadding2D;
import dev.neurite.settings.Loss;
import dev.neurite.settings.Optimizer;
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
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One contract over every {@link LayerType}. Each type's row of {@link #formula} (a layer with arguments other than the
 * defaults) gives the output shape by Keras's formula and the parameter count Keras's summary shows; its arguments
 * read back equal from the model file; in a tiny double-precision network the engine's gradients of the input and of
 * every trainable weight match finite differences; for a layer from image to image, the receptive field the Inside
 * view draws holds every input pixel an output pixel depends on. Each type's palette default sits in a small digits
 * classifier ({@link #around}): the model has no error, its model file reads back equal, the Keras export names the
 * layer, and one epoch on a few digits trains to a finite loss. Both switches are exhaustive, so a new layer type
 * does not compile until it has its row here.
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
            case CONV2D, ZERO_PADDING2D, MAX_POOLING2D, AVERAGE_POOLING2D, UP_SAMPLING2D ->
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

    /**
     * One layer of {@code type} with arguments other than the defaults, its inputs, and what Keras gives for it.
     *
     * @param output       the output shape by Keras's formula
     * @param trainable    trainable parameters in Keras's summary
     * @param nonTrainable non-trainable parameters in Keras's summary
     */
    private record Formula(LayerConfig layer, List<TensorShape> inputs, TensorShape output, long trainable,
                           long nonTrainable) {
    }

    /** Keras's {@code padding='valid'} length: {@code floor((n - ((k - 1) * d + 1)) / s) + 1}. */
    private static int valid(int n, int k, int s, int d) {
        return (n - ((k - 1) * d + 1)) / s + 1;
    }

    /** Keras's {@code padding='same'} length: {@code ceil(n / s)}. */
    private static int same(int n, int s) {
        return (n + s - 1) / s;
    }

    private static Formula formula(LayerType type) {
        TensorShape image = TensorShape.of(7, 8, 4);
        TensorShape matrix = TensorShape.of(4, 5);
        return switch (type) {
            case INPUT_LAYER -> new Formula(new InputLayer(TensorShape.of(5, 6, 2)), List.of(),
                    TensorShape.of(5, 6, 2), 0, 0);
            case DENSE -> new Formula(new Dense(10, ActivationFunction.TANH), List.of(TensorShape.of(20)),
                    TensorShape.of(10), 20 * 10 + 10, 0);
            case ACTIVATION -> new Formula(new Activation(ActivationFunction.TANH), List.of(matrix), matrix, 0, 0);
            case DROPOUT -> new Formula(new Dropout(0.5, 7L), List.of(matrix), matrix, 0, 0);
            case FLATTEN -> new Formula(new Flatten(), List.of(image), TensorShape.of(7 * 8 * 4), 0, 0);
            case RESHAPE -> new Formula(new Reshape(List.of(2, 10)), List.of(matrix), TensorShape.of(2, 10), 0, 0);
            case RESCALING -> new Formula(new Rescaling(0.5, -1), List.of(image), image, 0, 0);
            case CONV2D -> new Formula(new Conv2D(3, new Dims2D(3, 2), Dims2D.square(2), Padding.VALID,
                    Dims2D.square(1), ActivationFunction.TANH, true, Initializer.GLOROT_UNIFORM, Initializer.ZEROS,
                    null, null), List.of(TensorShape.of(7, 6, 2)),
                    TensorShape.of(valid(7, 3, 2, 1), valid(6, 2, 2, 1), 3), 3 * 2 * 2 * 3 + 3, 0);
            case ZERO_PADDING2D -> new Formula(new ZeroPadding2D(1, 2, 0, 3), List.of(image),
                    TensorShape.of(7 + 1 + 2, 8 + 0 + 3, 4), 0, 0);
            case MAX_POOLING2D -> new Formula(new MaxPooling2D(Dims2D.square(3), Dims2D.square(2), Padding.SAME),
                    List.of(image), TensorShape.of(same(7, 2), same(8, 2), 4), 0, 0);
            case AVERAGE_POOLING2D -> new Formula(new AveragePooling2D(Dims2D.square(2), new Dims2D(2, 3),
                    Padding.VALID), List.of(image), TensorShape.of(valid(7, 2, 2, 1), valid(8, 2, 3, 1), 4), 0, 0);
            case GLOBAL_AVERAGE_POOLING2D -> new Formula(new GlobalAveragePooling2D(true), List.of(image),
                    TensorShape.of(1, 1, 4), 0, 0);
            case UP_SAMPLING2D -> new Formula(UpSampling2D.of(new Dims2D(2, 3)), List.of(TensorShape.of(3, 2, 2)),
                    TensorShape.of(3 * 2, 2 * 3, 2), 0, 0);
            case BATCH_NORMALIZATION -> new Formula(new BatchNormalization(-1, 0.9, 0.01, true, true),
                    List.of(image), image, 2 * 4, 2 * 4);
            case NORMALIZATION -> new Formula(Normalization.adapted(), List.of(image), image, 0, 2 * 4 + 1);
            case ADD -> new Formula(new Add(), List.of(TensorShape.of(6), TensorShape.of(6)), TensorShape.of(6), 0,
                    0);
            case CONCATENATE -> new Formula(new Concatenate(), List.of(TensorShape.of(6), TensorShape.of(3)),
                    TensorShape.of(6 + 3), 0, 0);
        };
    }

    /**
     * The formula's layer in the smallest network that feeds it its inputs: an Input of the first input shape, and
     * for a merge layer a Dense branch that makes the second.
     */
    private static ModelGraph tiny(LayerType type) {
        Formula formula = formula(type);
        if (type == LayerType.INPUT_LAYER) {
            return ModelGraph.of(List.of(new LayerNode("input", formula.layer(), List.of())));
        }
        List<LayerNode> nodes = new ArrayList<>();
        nodes.add(new LayerNode("input", new InputLayer(formula.inputs().get(0)), List.of()));
        List<String> sources = new ArrayList<>(List.of("input"));
        for (int i = 1; i < formula.inputs().size(); i++) {
            nodes.add(new LayerNode("branch_" + i, new Dense(formula.inputs().get(i).last(),
                    ActivationFunction.TANH), List.of("input")));
            sources.add("branch_" + i);
        }
        nodes.add(new LayerNode("layer", formula.layer(), sources));
        return ModelGraph.of(nodes);
    }

    @ParameterizedTest
    @EnumSource(LayerType.class)
    void theOutputShapeFollowsKerassFormula(LayerType type) {
        Formula formula = formula(type);
        assertEquals(type, formula.layer().type());
        assertEquals(formula.output(), formula.layer().outputShape(formula.inputs()));
    }

    @ParameterizedTest
    @EnumSource(LayerType.class)
    void theParameterCountIsKerass(LayerType type) {
        Formula formula = formula(type);
        List<TensorShape> inputs = formula.inputs();
        assertEquals(new ParameterCount(formula.trainable(), formula.nonTrainable()),
                ParameterCount.of(inputs.isEmpty() ? List.of() : formula.layer().weights(inputs)));
    }

    @ParameterizedTest
    @EnumSource(LayerType.class)
    void argumentsOtherThanTheDefaultsReadBackEqualFromTheModelFile(LayerType type) {
        ModelDefinition model = new ModelDefinition(tiny(type), CompileSettings.defaults(), FitSettings.defaults(),
                null);
        String file = ModelFileFormat.write(model);
        assertTrue(file.contains("\"" + type.kerasClassName() + "\""), file);
        assertEquals(model, ModelFileFormat.read(file, type.name()));
    }

    @ParameterizedTest
    @EnumSource(value = LayerType.class, mode = EnumSource.Mode.EXCLUDE, names = "INPUT_LAYER")
    void theEnginesGradientsMatchFiniteDifferences(LayerType type) {
        ModelGraph graph = tiny(type);
        Network network = new CpuEngine(DataType.DOUBLE).compile(graph, new CompileSettings(
                new Optimizer.Sgd(0.01, 0, false), Loss.MEAN_SQUARED_ERROR, List.of()), 5);
        long[] inputShape = batch(2, network.inputShape());
        INDArray x = random(1, inputShape);
        INDArray weights = random(2, batch(2, network.outputShape()));
        INDArray analyticInput = network.inputGradient(x, weights);
        List<INDArray> analyticWeights = new ArrayList<>();
        for (Parameter p : network.parameters()) {
            analyticWeights.add(p.trainable() ? p.gradient().dup() : null);
        }
        compare(type + " input", x, analyticInput, () -> score(network, x, weights));
        for (int i = 0; i < network.parameters().size(); i++) {
            Parameter p = network.parameters().get(i);
            if (p.trainable()) {
                compare(type + " " + p.key(), p.value(), analyticWeights.get(i), () -> score(network, x, weights));
            }
        }
    }

    /**
     * For a layer from image to image, the receptive field the Inside view draws for each output pixel holds every
     * input pixel the engine's gradient says that output pixel depends on.
     */
    @ParameterizedTest
    @EnumSource(LayerType.class)
    void theReceptiveFieldHoldsEveryInputPixelTheOutputDependsOn(LayerType type) {
        Formula formula = formula(type);
        assumeTrue(formula.inputs().size() == 1 && formula.inputs().get(0).rank() == 3
                && formula.output().rank() == 3, "not a layer from image to image");
        Network network = new CpuEngine(DataType.FLOAT).compile(tiny(type), CompileSettings.defaults(), 5);
        TensorShape in = network.inputShape();
        TensorShape out = network.outputShape();
        INDArray x = random(1, batch(1, in)).castTo(DataType.FLOAT);
        Activations shapes = Activations.of(network, new float[(int) in.size()]);
        for (int row = 0; row < out.dim(0); row++) {
            for (int col = 0; col < out.dim(1); col++) {
                INDArray weights = Nd4j.zeros(DataType.FLOAT, batch(1, out));
                for (int channel = 0; channel < out.dim(2); channel++) {
                    weights.putScalar(new long[] {0, row, col, channel}, 1);
                }
                INDArray gradient = network.inputGradient(x, weights);
                ReceptiveField field = ReceptiveField.of(network, shapes, "layer", row, col);
                for (int r = 0; r < in.dim(0); r++) {
                    for (int c = 0; c < in.dim(1); c++) {
                        for (int channel = 0; channel < in.dim(2); channel++) {
                            boolean depends = gradient.getDouble(0, r, c, channel) != 0;
                            boolean inside = r >= field.top() && r <= field.bottom() && c >= field.left()
                                    && c <= field.right();
                            assertTrue(!depends || inside, type + " output (" + row + ", " + col + ") depends on "
                                    + "input (" + r + ", " + c + ") outside its receptive field " + field);
                        }
                    }
                }
            }
        }
    }

    /** {@code sum(weights * output)} in inference mode, the scalar whose gradient the engine computes. */
    private static double score(Network network, INDArray x, INDArray weights) {
        return network.predict(x).mul(weights).sumNumber().doubleValue();
    }

    private static void compare(String what, INDArray variable, INDArray analytic,
                                java.util.function.DoubleSupplier score) {
        double step = 1e-6;
        for (long i = 0; i < variable.length(); i++) {
            double original = variable.getDouble(i);
            variable.putScalar(i, original + step);
            double plus = score.getAsDouble();
            variable.putScalar(i, original - step);
            double minus = score.getAsDouble();
            variable.putScalar(i, original);
            double numeric = (plus - minus) / (2 * step);
            double a = analytic.getDouble(i);
            double error = Math.abs(a - numeric) / Math.max(1e-8, Math.max(Math.abs(a), Math.abs(numeric)));
            assertTrue(error < 1e-5 || Math.abs(a - numeric) < 1e-8,
                    "gradient of " + what + " at " + i + ": engine " + a + ", finite differences " + numeric);
        }
    }

    private static long[] batch(int size, TensorShape shape) {
        long[] dims = new long[shape.rank() + 1];
        dims[0] = size;
        for (int i = 0; i < shape.rank(); i++) {
            dims[i + 1] = shape.dim(i);
        }
        return dims;
    }

    /** Values uniform in [-1, 1), the same for the same seed. */
    private static INDArray random(long seed, long... shape) {
        Random random = new Random(seed);
        INDArray array = Nd4j.create(DataType.DOUBLE, shape);
        for (long i = 0; i < array.length(); i++) {
            array.putScalar(i, random.nextDouble() * 2 - 1);
        }
        return array;
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
