package dev.neurite.explain;

import dev.neurite.NeuriteException;
import dev.neurite.engine.Network;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Packs samples given as flat float arrays into the network's input batches, as {@code Evaluator.predict} does. */
final class Samples {

    private Samples() {
    }

    /** {@code [count, ...inputShape]} from {@code count} samples laid one after another in {@code flat}. */
    static INDArray batch(Network network, float[] flat, int count) {
        long size = network.inputShape().size();
        if (flat.length != size * count) {
            throw new NeuriteException("The model takes " + size + " values per sample; got "
                    + (count == 1 ? flat.length : flat.length + " for " + count + " samples") + ".");
        }
        long[] shape = new long[network.inputShape().rank() + 1];
        shape[0] = count;
        for (int d = 0; d < network.inputShape().rank(); d++) {
            shape[d + 1] = network.inputShape().dim(d);
        }
        return Nd4j.createFromArray(flat).reshape(shape);
    }

    /** The index of the largest value. */
    static int argMax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
