package dev.neurite.explain;

import dev.neurite.engine.Network;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.Flatten;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KernelsTest {

    @Test
    void firstLayerFiltersAreTheKernelsThemselvesAndDeeperOnesTheMeanOverInputChannels() {
        Network network = TinyNetworks.chain(DataType.FLOAT, "input", new InputLayer(TensorShape.of(6, 6, 1)),
                "conv", new Conv2D(2, Dims2D.square(2), ActivationFunction.RELU),
                "conv_1", new Conv2D(3, Dims2D.square(2), ActivationFunction.RELU));
        Map<String, INDArray> w = TinyNetworks.setRandomWeights(network, 4);
        assertEquals(List.of("conv", "conv_1"), Kernels.convolutionLayers(network));

        List<KernelImage> first = Kernels.convolution(network, "conv");
        assertEquals(2, first.size());
        INDArray k = w.get("conv/kernel"); // [2, 2, 1, 2]
        assertArrayEquals(new float[] {k.getFloat(0, 0, 0, 1), k.getFloat(0, 1, 0, 1), k.getFloat(1, 0, 0, 1),
            k.getFloat(1, 1, 0, 1)}, first.get(1).values(), 0f);

        List<KernelImage> deeper = Kernels.convolution(network, "conv_1");
        assertEquals(3, deeper.size());
        INDArray k1 = w.get("conv_1/kernel"); // [2, 2, 2, 3]
        float expected = (k1.getFloat(1, 0, 0, 2) + k1.getFloat(1, 0, 1, 2)) / 2;
        assertEquals(expected, deeper.get(2).values()[2], 1e-7f);
        assertEquals(2, deeper.get(2).height());
    }

    @Test
    void anMlpsFirstDenseUnitIsDrawnOverTheInputPixels() {
        Network network = TinyNetworks.smoothMlp(DataType.FLOAT);
        Map<String, INDArray> w = TinyNetworks.setRandomWeights(network, 8);
        assertEquals(Optional.of("hidden"), Kernels.firstDenseOnPixels(network));
        KernelImage unit = Kernels.denseUnit(network, "hidden", 3);
        assertEquals(4, unit.height());
        assertEquals(4, unit.width());
        assertArrayEquals(w.get("hidden/kernel").getColumn(3).dup().toFloatVector(), unit.values(), 0f);
        assertThrows(ExplainException.class, () -> Kernels.denseUnit(network, "out", 0),
                "the output layer does not read pixels");
        assertThrows(ExplainException.class, () -> Kernels.denseUnit(network, "hidden", 5));
    }

    @Test
    void aCnnHasNoDenseLayerOnPixelsAndADenseLayerHasNoFilters() {
        Network network = TinyNetworks.smallCnn(DataType.FLOAT);
        assertEquals(Optional.empty(), Kernels.firstDenseOnPixels(network));
        ExplainException problem = assertThrows(ExplainException.class, () -> Kernels.convolution(network, "out"));
        assertEquals("Layer 'out' is not a Conv2D layer; its weights are no filters.", problem.getMessage());
    }

    @Test
    void aFlattenedImageGoesStraightIntoTheFirstDense() {
        Network network = TinyNetworks.chain(DataType.FLOAT, "input", new InputLayer(TensorShape.of(4, 4, 1)),
                "flat", new Flatten(), "dense", new dev.neurite.layers.Dense(2));
        assertEquals(Optional.of("dense"), Kernels.firstDenseOnPixels(network));
    }
}
