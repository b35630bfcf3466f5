package dev.neurite.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Keras 3's end-of-epoch progress line, against lines Keras 3 printed. */
class Keras3EpochLineTest {

    private static EpochMetrics metrics(double loss, double accuracy, double valLoss, double valAccuracy,
                                        double seconds) {
        return new EpochMetrics(1, loss, accuracy, valLoss, valAccuracy, seconds, 1000, 0.001);
    }

    /** The line of the brief's example (keras.io "Simple MNIST convnet" run under Keras 3). */
    @Test
    void lineWithValidationAsKeras3PrintsIt() {
        EpochMetrics epoch = metrics(0.7708, 0.7621, 0.0876, 0.9763, 3.2);

        assertEquals("422/422 ━━━━━━━━━━━━━━━━━━━━ 3s 7ms/step - accuracy: 0.7621 - loss: 0.7708"
                + " - val_accuracy: 0.9763 - val_loss: 0.0876", Keras3EpochLine.of(epoch, 422, 0.0071));
    }

    /** The Functional API guide (Keras 3): "750/750 ━━━━━━━━━━━━━━━━━━━━ 1s 863us/step - accuracy: 0.8425 ...". */
    @Test
    void stepsFasterThanAMillisecondAreInMicroseconds() {
        EpochMetrics epoch = metrics(0.5733, 0.8425, 0.1711, 0.9496, 0.9);

        assertEquals("750/750 ━━━━━━━━━━━━━━━━━━━━ 1s 863us/step - accuracy: 0.8425 - loss: 0.5733"
                + " - val_accuracy: 0.9496 - val_loss: 0.1711", Keras3EpochLine.of(epoch, 750, 0.000863));
    }

    @Test
    void withoutValidationTheLineEndsAfterTheLoss() {
        EpochMetrics epoch = metrics(0.0051, 0.9981, Double.NaN, Double.NaN, 7.4);

        assertEquals("1313/1313 ━━━━━━━━━━━━━━━━━━━━ 7s 5ms/step - accuracy: 0.9981 - loss: 0.0051",
                Keras3EpochLine.of(epoch, 1313, 0.005));
    }

    @ParameterizedTest(name = "{0} s = {1}")
    @CsvSource(delimiter = '|', value = {
            "0 | 0s/step", "1.6 | 2s/step", "0.5 | 500ms/step", "0.001 | 1ms/step", "0.0009994 | 999us/step",
    })
    void timePerStepUnitsAsKeras(double seconds, String expected) {
        assertEquals(expected, Keras3EpochLine.timePerStep(seconds));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "0.0876 | 0.0876", "0.001 | 1.0000e-03", "0.0011 | 0.0011", "0.00012345 | 1.2345e-04", "NaN | nan",
            "2.30534 | 2.3053",
    })
    void metricsHaveFourDecimalsOrScientificBelowOneThousandth(double value, String expected) {
        assertEquals(expected, Keras3EpochLine.metric(value));
    }

    @Test
    void headerNamesTheEpoch() {
        assertEquals("Epoch 2/15", Keras3EpochLine.header(2, 15));
    }
}
