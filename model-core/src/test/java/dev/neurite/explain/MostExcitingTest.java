package dev.neurite.explain;

import dev.neurite.data.DataSet;
import dev.neurite.data.Provenance;
import dev.neurite.CancellationToken;
import dev.neurite.engine.Network;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MostExcitingTest {

    /** 150 images (more than one batch), image i with i % 50 bright pixels in its top row or left column. */
    private static DataSet images() {
        int n = 150;
        byte[] pixels = new byte[n * 16];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int ink = i % 50 == 0 ? 0 : 1 + (i % 50) * 254 / 49;
            if (i < 75) {
                pixels[i * 16] = (byte) ink; // top-left corner
            } else {
                pixels[i * 16 + 15] = (byte) ink; // bottom-right corner
            }
        }
        return DataSet.labelled("corners", 4, 4, pixels, labels, List.of("a"), Provenance.inMemory("test"));
    }

    /** A 1x1 convolution with two filters: filter 0 copies the pixel, filter 1 its negative. */
    private static Network copyAndNegate() {
        Network network = TinyNetworks.chain(DataType.FLOAT, "input", new InputLayer(TensorShape.of(4, 4, 1)),
                "conv", new Conv2D(2, Dims2D.square(1), ActivationFunction.LINEAR));
        Map<String, INDArray> w = network.weights();
        w.put("conv/kernel", Nd4j.createFromArray(1f, -1f).reshape(1, 1, 1, 2));
        w.put("conv/bias", Nd4j.zeros(DataType.FLOAT, 2));
        network.setWeights(w);
        return network;
    }

    @Test
    void theImagesWithTheMostInkExciteTheCopyingFilterAndTheEmptyOnesTheNegatingOne() {
        List<Integer> progress = new ArrayList<>();
        MostExciting ranking = MostExciting.compute(copyAndNegate(), images(), "conv", 3, new CancellationToken(),
                progress::add);
        assertEquals(2, ranking.channels());
        assertArrayEquals(new int[] {49, 99, 149}, ranking.images(0), "most ink first, ties by index");
        assertEquals(1f / 16, ranking.scores(0)[0], 1e-6f);
        assertArrayEquals(new int[] {0, 50, 100}, ranking.images(1), "no ink excites the negated copy most");
        assertEquals(List.of(100, 150), progress);
    }

    @Test
    void aCancelledRankingStopsAndReturnsNothing() {
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();
        assertNull(MostExciting.compute(copyAndNegate(), images(), "conv", 3, cancel, done -> { }));
    }
}
