package dev.neurite.engine;

import dev.neurite.NeuriteException;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;

/**
 * How a network standardizes its inputs: {@code (x - mean) / std}, with the mean and standard deviation of the
 * training pixels on the [0, 1] scale (Keras's {@code featurewise_center} and {@code featurewise_std_normalization}
 * for one grey channel). Part of a trained network's state, like a Normalization layer's statistics: the network
 * applies it in every forward pass and saves it with its weights, as the scalar arrays {@code <input layer>/mean} and
 * {@code <input layer>/std} (an InputLayer has no weights of its own, so the keys never collide). Immutable.
 *
 * <p>Both numbers are kept at float precision, the precision the network computes in and the weights archive saves,
 * so a reloaded network standardizes exactly as the trained one.
 *
 * @param mean the training pixels' mean; finite
 * @param std  their standard deviation; finite and positive
 */
public record InputStandardization(double mean, double std) {

    /** The weight name of the mean under the input layer's name. */
    public static final String MEAN = "mean";
    /** The weight name of the standard deviation under the input layer's name. */
    public static final String STD = "std";

    public InputStandardization {
        mean = (float) mean;
        std = (float) std;
        if (!Double.isFinite(mean)) {
            throw new NeuriteException("The input mean must be a finite number; got " + mean + ".");
        }
        if (!(std > 0) || Double.isInfinite(std)) {
            throw new NeuriteException("The input standard deviation must be a positive number; got " + std
                    + ". Images whose pixels all have the same value cannot be standardized: choose the pixel "
                    + "scaling 'rescale'.");
        }
    }

    /** {@code (x - mean) / std} as a new array; {@code x} is left unchanged. */
    INDArray apply(INDArray x) {
        return x.sub(mean).divi(std);
    }

    /** Adds the two scalar arrays under {@code inputName} to {@code weights}. */
    void addTo(Map<String, INDArray> weights, String inputName, DataType type) {
        weights.put(inputName + "/" + MEAN, Nd4j.scalar(type, mean));
        weights.put(inputName + "/" + STD, Nd4j.scalar(type, std));
    }

    /**
     * The standardization saved under {@code inputName} in {@code weights}, or null when the weights have none.
     *
     * @throws NeuriteException when only one of the two arrays is there, or one is not a single finite number
     */
    static InputStandardization from(Map<String, INDArray> weights, String inputName) {
        INDArray mean = weights.get(inputName + "/" + MEAN);
        INDArray std = weights.get(inputName + "/" + STD);
        if (mean == null && std == null) {
            return null;
        }
        if (mean == null || std == null || mean.length() != 1 || std.length() != 1) {
            throw new NeuriteException("The weights' input standardization of layer '" + inputName + "' needs one "
                    + "number each in '" + MEAN + "' and '" + STD + "'; they do not belong to this model.");
        }
        return new InputStandardization(mean.getDouble(0), std.getDouble(0));
    }
}
