package dev.neurite.graph;

import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Add;
import dev.neurite.layers.BatchNormalization;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.Dropout;
import dev.neurite.layers.Flatten;
import dev.neurite.layers.GlobalAveragePooling2D;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.LayerConfig;
import dev.neurite.layers.MaxPooling2D;
import dev.neurite.layers.Padding;
import dev.neurite.layers.TensorShape;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keras 3's summary against text Keras 3 printed for the same models, copied from published pages (see
 * src/test/resources/dev/neurite/graph/keras3/README.md for each golden's source).
 */
class Keras3SummaryTest {

    private static String golden(String name) throws IOException {
        try (InputStream in = Keras3SummaryTest.class.getResourceAsStream("keras3/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Conv2D conv(int filters, Padding padding) {
        return new Conv2D(filters, Dims2D.square(3), ActivationFunction.RELU).withPadding(padding);
    }

    private static LayerNode node(String name, LayerConfig layer, String... inputs) {
        return new LayerNode(name, layer, List.of(inputs));
    }

    @Test
    void sequentialConvnetMatchesTheSimpleMnistConvnetExample() throws IOException {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(28, 28, 1)),
                conv(32, Padding.VALID), MaxPooling2D.of(Dims2D.square(2)),
                conv(64, Padding.VALID), MaxPooling2D.of(Dims2D.square(2)),
                new Flatten(), new Dropout(0.5), new Dense(10, ActivationFunction.SOFTMAX));

        assertEquals(golden("mnist_convnet_sequential.txt"), Keras3Summary.of(graph));
        assertEquals(golden("mnist_convnet_sequential.txt"), ModelSummary.of(graph, KerasStyle.KERAS3));
    }

    @Test
    void functionalChainListsItsInputLayerAtKerasLineLength88() throws IOException {
        ModelGraph graph = ModelGraph.of(List.of(
                node("input_layer_5", new InputLayer(TensorShape.of(784))),
                node("dense_10", new Dense(64, ActivationFunction.RELU), "input_layer_5"),
                node("dense_11", new Dense(64, ActivationFunction.RELU), "dense_10"),
                node("dense_12", new Dense(10), "dense_11")));

        Keras3Summary.Options options = Keras3Summary.Options.forGraph(graph).functional()
                .withModelName("mnist_model").withLineLength(88);
        assertEquals(golden("mnist_model_functional_88.txt"), Keras3Summary.of(graph, options));
    }

    @Test
    void residualGraphHasConnectedToColumnLikeTheToyResNetGuide() throws IOException {
        List<LayerNode> nodes = new ArrayList<>(List.of(
                node("img", new InputLayer(TensorShape.of(32, 32, 3))),
                node("conv2d_8", conv(32, Padding.VALID), "img"),
                node("conv2d_9", conv(64, Padding.VALID), "conv2d_8"),
                node("max_pooling2d_2", MaxPooling2D.of(Dims2D.square(3)), "conv2d_9"),
                node("conv2d_10", conv(64, Padding.SAME), "max_pooling2d_2"),
                node("conv2d_11", conv(64, Padding.SAME), "conv2d_10"),
                node("add", new Add(), "conv2d_11", "max_pooling2d_2"),
                node("conv2d_12", conv(64, Padding.SAME), "add"),
                node("conv2d_13", conv(64, Padding.SAME), "conv2d_12"),
                node("add_1", new Add(), "conv2d_13", "add"),
                node("conv2d_14", conv(64, Padding.VALID), "add_1"),
                node("global_average_pooling2d", new GlobalAveragePooling2D(false), "conv2d_14"),
                node("dense_6", new Dense(256, ActivationFunction.RELU), "global_average_pooling2d"),
                node("dropout", new Dropout(0.5), "dense_6"),
                node("dense_7", new Dense(10), "dropout")));
        ModelGraph graph = ModelGraph.of(nodes);

        assertEquals(golden("toy_resnet_functional.txt"),
                Keras3Summary.of(graph, Keras3Summary.Options.forGraph(graph).withModelName("toy_resnet")));
    }

    @Test
    void graphThatIsNotAChainIsNamedFunctionalByDefault() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(8)), new Dense(4))
                .add(new Dense(4), List.of("input_1"));
        graph = graph.add(new Add(), List.of("dense", "dense_1"));

        String summary = Keras3Summary.of(graph);

        assertTrue(summary.startsWith("Model: \"functional\"\n"), summary);
        assertTrue(summary.contains("│ input_1             │ (None, 8)         │          0 │ -                 │\n"
                + "│ (InputLayer)        │                   │            │                   │\n"), summary);
        assertTrue(summary.contains("│ add (Add)           │ (None, 4)         │          0 │ dense[0][0],      │\n"
                + "│                     │                   │            │ dense_1[0][0]     │\n"), summary);
    }

    @Test
    void nonTrainableParametersAreCountedWithTheirSize() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(28, 28, 1)),
                conv(32, Padding.VALID), new BatchNormalization(), new Flatten(), new Dense(10));

        String summary = Keras3Summary.of(graph);

        assertTrue(summary.endsWith(" Total params: 216,778 (846.79 KB)\n"
                + " Trainable params: 216,714 (846.54 KB)\n"
                + " Non-trainable params: 64 (256.00 B)\n"), summary);
    }

    @Test
    void everyLineOfTheTableHasTheLineLength() {
        ModelGraph graph = dev.neurite.format.Templates.get("vgg-cnn").graph();
        for (int length : new int[]{40, 76, 88, 120}) {
            String summary = Keras3Summary.of(graph, Keras3Summary.Options.forGraph(graph).withLineLength(length));
            List<String> table = summary.lines().filter(line -> !line.startsWith(" ") && !line.startsWith("Model"))
                    .toList();
            for (String line : table) {
                assertEquals(length, line.length(), line);
            }
        }
    }

    @Test
    void emptyModelPrintsHeaderAndZeroTotals() {
        String summary = Keras3Summary.of(ModelGraph.empty());

        assertTrue(summary.contains("┃ Layer (type)"), summary);
        assertTrue(summary.contains("┩\n└"), summary);
        assertTrue(summary.endsWith(" Non-trainable params: 0 (0.00 B)\n"), summary);
    }

    @Test
    void lineLengthTooNarrowForTheColumnsIsRefused() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(4)), new Dense(2));
        Keras3Summary.Options options = Keras3Summary.Options.forGraph(graph).withLineLength(10);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Keras3Summary.of(graph, options));
        assertTrue(error.getMessage().contains("too narrow"), error.getMessage());
    }

    @Test
    void keras2StaysTheDefaultLayout() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(784)), new Dense(10));

        assertEquals(ModelSummary.of(graph), ModelSummary.of(graph, KerasStyle.KERAS2));
    }

    @Test
    void stylesAreParsedByTheirIdsAndOthersAreRefusedWithTheList() {
        assertEquals(KerasStyle.KERAS3, KerasStyle.of("keras3"));
        assertEquals(KerasStyle.KERAS2, KerasStyle.of("Keras2"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> KerasStyle.of("keras4"));
        assertEquals("Unknown style 'keras4'; use one of: keras2, keras3.", error.getMessage());
    }
}
