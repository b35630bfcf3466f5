package dev.neurite.engine;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;

import java.util.Map;

/** Finds weights that a diverged run left as NaN or infinity. Stateless; runs on the calling thread. */
public final class FiniteWeights {

    private FiniteWeights() {
    }

    /** The key ({@code layer/weight}) of the first weight holding NaN or an infinity, or null if all are finite. */
    public static String firstNonFinite(Map<String, INDArray> weights) {
        for (Map.Entry<String, INDArray> weight : weights.entrySet()) {
            INDArray values = weight.getValue();
            if (values.length() > 0 && (BooleanIndexing.or(values, Conditions.isNan())
                    || BooleanIndexing.or(values, Conditions.isInfinite()))) {
                return weight.getKey();
            }
        }
        return null;
    }
}
