package dev.neurite.ui.editor.inspector;

import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.Dropout;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.LayerType;
import dev.neurite.layers.Regularizer;
import dev.neurite.layers.TensorShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayerArgumentsTest {

    @Test
    void argumentsUseKerasNames() {
        List<String> names = LayerArguments.of(new Conv2D(32, Dims2D.square(3))).stream()
                .map(LayerArguments.Argument::kerasName).toList();
        assertTrue(names.containsAll(List.of("filters", "kernel_size", "strides", "padding", "dilation_rate",
                "use_bias", "kernel_regularizer")), names.toString());
    }

    @Test
    void unitsAreSetFromText() {
        assertEquals(new Dense(128), LayerArguments.with(new Dense(64), "units", "128"));
    }

    @Test
    void tuplesAndSingleNumbersSetKernelSize() {
        Conv2D conv = new Conv2D(32, Dims2D.square(3));
        assertEquals(new Dims2D(5, 3), ((Conv2D) LayerArguments.with(conv, "kernel_size", "(5, 3)")).kernelSize());
        assertEquals(Dims2D.square(5), ((Conv2D) LayerArguments.with(conv, "kernel_size", "5")).kernelSize());
    }

    @Test
    void regularizerIsParsedAndNoneRemovesIt() {
        Dense regularized = (Dense) LayerArguments.with(new Dense(8), "kernel_regularizer", "l2(0.01)");
        assertEquals(Regularizer.l2(0.01), regularized.kernelRegularizer());
        assertEquals(null, ((Dense) LayerArguments.with(regularized, "kernel_regularizer", "None"))
                .kernelRegularizer());
    }

    @Test
    void enumsAreSetAsValues() {
        assertEquals(new Dense(8, ActivationFunction.RELU),
                LayerArguments.with(new Dense(8), "activation", ActivationFunction.RELU));
    }

    @Test
    void inputShapeIsSetFromATuple() {
        assertEquals(new InputLayer(TensorShape.of(28, 28, 1)),
                LayerArguments.with(new InputLayer(TensorShape.of(784)), "shape", "(28, 28, 1)"));
    }

    @Test
    void invalidValueIsRefusedWithTheLayersOwnMessage() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> LayerArguments.with(new Dropout(0.2), "rate", "1.5"));
        assertTrue(error.getMessage().contains("rate"), error.getMessage());
    }

    @Test
    void textThatIsNotANumberSaysWhatIsExpected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> LayerArguments.with(new Dense(8), "units", "many"));
        assertTrue(error.getMessage().contains("whole number"), error.getMessage());
    }

    @ParameterizedTest
    @EnumSource(LayerType.class)
    void everyArgumentOfEveryDefaultLayerSurvivesARoundTripThroughItsText(LayerType type) {
        var layer = type.createDefault();
        for (LayerArguments.Argument argument : LayerArguments.of(layer)) {
            assertEquals(layer, LayerArguments.with(layer, argument.kerasName(), argument.value()),
                    type + " " + argument.kerasName() + " = " + argument.value());
        }
    }
}
