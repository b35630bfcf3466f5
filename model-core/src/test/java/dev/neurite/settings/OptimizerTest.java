package dev.neurite.settings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one mapping from a Keras optimizer class name to the optimizer with Keras's defaults. */
class OptimizerTest {

    static List<String> names() {
        return Optimizer.KERAS_CLASS_NAMES;
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyKerasNameGivesItsOptimizerWithKerasDefaults(String name) {
        Optimizer optimizer = Optimizer.withDefaults(name).orElseThrow();
        assertEquals(name, optimizer.kerasClassName());
        assertEquals(name.equals("SGD") ? 0.01 : 0.001, optimizer.learningRate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nadam", "adam", ""})
    void anUnknownNameGivesNothing(String name) {
        assertTrue(Optimizer.withDefaults(name).isEmpty());
    }
}
