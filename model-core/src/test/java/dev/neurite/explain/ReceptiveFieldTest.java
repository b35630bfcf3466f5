package dev.neurite.explain;

import dev.neurite.engine.Network;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.Flatten;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.MaxPooling2D;
import dev.neurite.layers.Padding;
import dev.neurite.layers.TensorShape;
import dev.neurite.layers.ZeroPadding2D;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReceptiveFieldTest {

    /** The first block of the vgg-cnn template: (pad 1, conv 3x3) twice, then a 2x2 pool. */
    private static Network vggBlock() {
        return TinyNetworks.chain(DataType.FLOAT, "input", new InputLayer(TensorShape.of(28, 28, 1)),
                "pad", ZeroPadding2D.symmetric(1), "conv", new Conv2D(2, Dims2D.square(3), ActivationFunction.RELU),
                "pad_1", ZeroPadding2D.symmetric(1),
                "conv_1", new Conv2D(2, Dims2D.square(3), ActivationFunction.RELU),
                "pool", MaxPooling2D.of(Dims2D.square(2)), "flat", new Flatten(), "out", new Dense(3));
    }

    private static ReceptiveField field(Network network, String layer, int row, int column) {
        Activations shapes = Activations.of(network, new float[(int) network.inputShape().size()]);
        return ReceptiveField.of(network, shapes, layer, row, column);
    }

    @Test
    void aPooledPixelOfTwoStackedConvolutionsSeesSixBySixPixels() {
        Network network = vggBlock();
        assertEquals(new ReceptiveField(8, 2, 13, 7), field(network, "pool", 5, 2));
        assertEquals(new ReceptiveField(9, 2, 11, 4), field(network, "conv", 10, 3));
    }

    @Test
    void fieldsAtTheBorderAreClippedToTheImage() {
        assertEquals(new ReceptiveField(0, 0, 3, 3), field(vggBlock(), "pool", 0, 0));
    }

    @Test
    void denseUnitsSeeTheWholeImage() {
        assertEquals(new ReceptiveField(0, 0, 27, 27), field(vggBlock(), "out", 0, 0));
    }

    @Test
    void samePaddingPutsTheSmallerHalfBefore() {
        Network network = TinyNetworks.chain(DataType.FLOAT, "input", new InputLayer(TensorShape.of(6, 6, 1)),
                "conv", new Conv2D(1, Dims2D.square(2)).withPadding(Padding.SAME));
        // 6 -> 6 with a 2x2 window: one row of padding, after the image; pixel 1 reads input 1..2
        assertEquals(new ReceptiveField(1, 1, 2, 2), field(network, "conv", 1, 1));
    }

    @Test
    void stridedSamePaddingCentresTheWindow() {
        Conv2D base = new Conv2D(1, Dims2D.square(4)).withPadding(Padding.SAME);
        Conv2D strided = new Conv2D(1, base.kernelSize(), Dims2D.square(2), Padding.SAME, base.dilationRate(),
                base.activation(), true, base.kernelInitializer(), base.biasInitializer(), null, null);
        Network network = TinyNetworks.chain(DataType.FLOAT, "input", new InputLayer(TensorShape.of(6, 6, 1)),
                "conv", strided);
        // 6 -> 3: two rows of padding, one before; pixel 1 reads input 1..4
        assertEquals(new ReceptiveField(1, 1, 4, 4), field(network, "conv", 1, 1));
    }
}
