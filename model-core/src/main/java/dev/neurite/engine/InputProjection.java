package dev.neurite.engine;

import dev.neurite.NeuriteException;
import dev.neurite.settings.FitSettings;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.Map;

/**
 * How a network turns its scaled pixels into principal components before the first layer: {@code (x - mean) @ C^T}
 * with the {@code k} components as the rows of {@code C}, scikit-learn's {@code PCA.transform} (without whitening).
 * Part of a trained network's state like {@link InputStandardization}: applied after it in every forward pass and
 * saved with the weights as {@code <input layer>/pca_mean} (shape {@code (d,)}) and
 * {@code <input layer>/pca_components} (shape {@code (k, d)}). Immutable (the arrays are copied in and out);
 * {@link #apply} keeps native copies, filled under the owning network's lock.
 *
 * <p>{@link #apply} computes {@code x @ C^T - 1 (mean @ C^T)}: two matrix products, no row-vector broadcast. A fresh
 * clone's test run once crashed the JVM inside libnd4j's broadcast (a null read in its TAD cache, cause not found)
 * on the former {@code (x - mean)} form; the products take the BLAS path, which builds no TADs.
 */
public final class InputProjection {

    /** The weight name of the mean under the input layer's name. */
    public static final String MEAN = "pca_mean";
    /** The weight name of the components under the input layer's name. */
    public static final String COMPONENTS = "pca_components";

    private final float[] mean;
    private final float[] components;
    private final int count;
    private INDArray transposed;
    private INDArray projectedMean;

    /**
     * @param mean       the {@code d} values the input is centred on (of the scaled input the network sees)
     * @param components {@code k * d} values: component after component, each of length {@code d}
     * @throws NeuriteException when the lengths do not fit or a value is not finite
     */
    public InputProjection(float[] mean, float[] components) {
        if (mean.length == 0 || components.length == 0 || components.length % mean.length != 0) {
            throw new NeuriteException("A PCA projection needs k components of " + mean.length + " values each; got "
                    + components.length + " values.");
        }
        if (mean.length > FitSettings.MAX_PCA_PIXELS) {
            throw new NeuriteException("A PCA projection takes images of at most " + FitSettings.MAX_PCA_PIXELS
                    + " pixels; got " + mean.length + ".");
        }
        for (float[] values : new float[][] {mean, components}) {
            for (float v : values) {
                if (!Float.isFinite(v)) {
                    throw new NeuriteException("The PCA projection holds a value that is not a finite number.");
                }
            }
        }
        this.mean = mean.clone();
        this.components = components.clone();
        this.count = components.length / mean.length;
    }

    /** {@code k}: the values per sample after the projection, the model Input's size. */
    public int components() {
        return count;
    }

    /** {@code d}: the values per sample before the projection (pixels per image). */
    public int inputWidth() {
        return mean.length;
    }

    /** A copy of the mean, {@code d} values. */
    public float[] mean() {
        return mean.clone();
    }

    /** A copy of the components, {@code k * d} values, component after component. */
    public float[] componentValues() {
        return components.clone();
    }

    /** {@code [batch, d]} (any shape with {@code d} values per sample) to a new {@code [batch, k]} array. */
    INDArray apply(INDArray x) {
        DataType type = x.dataType();
        if (transposed == null || transposed.dataType() != type) {
            INDArray componentsT = Nd4j.createFromArray(components).castTo(type).reshape(count, mean.length)
                    .transpose().dup('c');
            projectedMean = Nd4j.createFromArray(mean).castTo(type).reshape(1, mean.length).mmul(componentsT);
            transposed = componentsT;
        }
        long batch = x.size(0);
        INDArray projected = x.reshape('c', batch, mean.length).mmul(transposed);
        return Nd4j.gemm(Nd4j.ones(type, batch, 1), projectedMean, projected, false, false, -1.0, 1.0);
    }

    /** Adds the two arrays under {@code inputName} to {@code weights}. */
    void addTo(Map<String, INDArray> weights, String inputName, DataType type) {
        weights.put(inputName + "/" + MEAN, Nd4j.createFromArray(mean).castTo(type));
        weights.put(inputName + "/" + COMPONENTS, Nd4j.createFromArray(components).castTo(type)
                .reshape(count, mean.length));
    }

    /**
     * The projection saved under {@code inputName} in {@code weights}, or null when the weights have none.
     *
     * @throws NeuriteException when only one of the two arrays is there or their shapes do not fit together
     */
    static InputProjection from(Map<String, INDArray> weights, String inputName) {
        INDArray mean = weights.get(inputName + "/" + MEAN);
        INDArray components = weights.get(inputName + "/" + COMPONENTS);
        if (mean == null && components == null) {
            return null;
        }
        if (mean == null || components == null || components.rank() != 2 || mean.length() != components.size(1)) {
            throw new NeuriteException("The weights' PCA projection of layer '" + inputName + "' needs '" + MEAN
                    + "' of shape (d,) and '" + COMPONENTS + "' of shape (k, d)"
                    + (mean != null && components != null ? "; got " + Arrays.toString(mean.shape()) + " and "
                    + Arrays.toString(components.shape()) : "") + "; they do not belong to this model.");
        }
        return new InputProjection(mean.castTo(DataType.FLOAT).toFloatVector(),
                components.castTo(DataType.FLOAT).reshape(components.length()).toFloatVector());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InputProjection that && Arrays.equals(mean, that.mean)
                && Arrays.equals(components, that.components);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(components);
    }

    @Override
    public String toString() {
        return "InputProjection[" + count + " components of " + mean.length + " values]";
    }
}
