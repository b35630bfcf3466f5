package dev.neurite.format;

import dev.neurite.model.ModelDefinition;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A child process for {@link SavedModelInterruptionTest}: saves two different models (seed 1 with every weight 1,
 * seed 2 with every weight 2) over each other at {@code args[0]}, forever, printing "saved N" after each save.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        ModelDefinition template = Templates.get("mnist-mlp");
        for (int i = 1; ; i++) {
            long seed = i % 2 == 1 ? 1 : 2;
            SavedModel.write(template.withFit(template.fit().withSeed(seed)), weights(seed), file);
            System.out.println("saved " + i);
            System.out.flush();
        }
    }

    /** mnist-mlp's weights, every value {@code value}. */
    static Map<String, INDArray> weights(float value) {
        Map<String, INDArray> weights = new LinkedHashMap<>();
        weights.put("dense/kernel", Nd4j.valueArrayOf(new long[]{784, 512}, value));
        weights.put("dense/bias", Nd4j.valueArrayOf(new long[]{512}, value));
        weights.put("dense_1/kernel", Nd4j.valueArrayOf(new long[]{512, 10}, value));
        weights.put("dense_1/bias", Nd4j.valueArrayOf(new long[]{10}, value));
        return weights;
    }
}
