package dev.neurite.graph;

import dev.neurite.layers.Add;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Dense;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The summary text against what Keras 2 prints for the same models. */
class ModelSummaryTest {

    @Test
    void chainPrintsAsKerasSequentialSummary() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(784)),
                new Dense(512, ActivationFunction.RELU), new Dense(10, ActivationFunction.SOFTMAX));
        String expected = """
                Model: "sequential"
                _________________________________________________________________
                Layer (type)                 Output Shape              Param #  \s
                =================================================================
                dense (Dense)                (None, 512)               401920   \s
                _________________________________________________________________
                dense_1 (Dense)              (None, 10)                5130     \s
                =================================================================
                Total params: 407,050
                Trainable params: 407,050
                Non-trainable params: 0
                _________________________________________________________________
                """;
        assertEquals(expected, ModelSummary.of(graph));
    }

    @Test
    void graphPrintsConnectedToColumn() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(8)), new Dense(4))
                .add(new Dense(4), List.of("input_1"));
        graph = graph.add(new Add(), List.of("dense", "dense_1"));
        String expected = String.join("\n",
                "Model: \"model\"",
                "_".repeat(98),
                "Layer (type)                    Output Shape         Param #     Connected to                     ",
                "=".repeat(98),
                "input_1 (InputLayer)            [(None, 8)]          0                                            ",
                "_".repeat(98),
                "dense (Dense)                   (None, 4)            36          input_1[0][0]                    ",
                "_".repeat(98),
                "dense_1 (Dense)                 (None, 4)            36          input_1[0][0]                    ",
                "_".repeat(98),
                "add (Add)                       (None, 4)            0           dense[0][0]                      ",
                "                                                                 dense_1[0][0]                    ",
                "=".repeat(98),
                "Total params: 72",
                "Trainable params: 72",
                "Non-trainable params: 0",
                "_".repeat(98),
                "");
        assertEquals(expected, ModelSummary.of(graph));
    }

    @Test
    void longNamesAreCutAtTheColumnAsKerasDoes() {
        String summary = ModelSummary.of(dev.neurite.format.Templates.get("vgg-cnn").graph());
        assertEquals(true, summary.contains("zero_padding2d (ZeroPadding2 (None, 30, 30, 1)"), summary);
        assertEquals(true, summary.contains("Non-trainable params: 3\n"), summary);
    }

    @Test
    void thousandsSeparatorsAsPython() {
        assertEquals("1,676,269", ModelSummary.thousands(1_676_269));
        assertEquals("0", ModelSummary.thousands(0));
    }
}
