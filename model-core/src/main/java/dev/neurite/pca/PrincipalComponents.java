package dev.neurite.pca;

import dev.neurite.NeuriteException;
import dev.neurite.data.DataSet;
import dev.neurite.engine.InputProjection;
import dev.neurite.engine.InputStandardization;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.Validation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.Objects;

/**
 * The principal components of a set of images, as scikit-learn's {@code PCA(n_components=k).fit(x)} finds them for
 * {@code x} = the images' pixels {@code / 255}, flattened to {@code (n, height * width)}: the mean image, the first
 * {@code k} directions of largest variance (unit length, as rows of {@code components_}) and the variance along every
 * direction ({@code explained_variance_}, divided by {@code n - 1}). Computed with ND4J: the covariance matrix by
 * blocked matrix products (gemm), its eigenvectors by LAPACK's symmetric eigensolver ({@code syev}) in double
 * precision. A component's sign is not defined by the data; here the entry of largest magnitude is positive, as in
 * scikit-learn 1.5 and later.
 *
 * <p>What a learner sees of PCA (the Data place) reads from here: {@link #explainedVarianceRatio()} and
 * {@link #componentsFor(double)} for the explained-variance curve, {@link #component(int)} as a {@code height x width}
 * image, {@link #reconstruct(float[], int)} for a digit rebuilt from its first k components, {@link #project(DataSet,
 * int)} for a scatter of a set on the first two. Training reads {@link #toInputProjection}.
 *
 * <p>Immutable and thread-safe. {@link #fit} runs on the calling thread: well under a second for a few thousand
 * images, a second or two for 60,000 (call it off the JavaFX thread).
 */
public final class PrincipalComponents {

    /** Rows per matrix product when the covariance is summed up: bounds the memory a fit needs besides its data. */
    private static final int BLOCK = 4096;

    private final int height;
    private final int width;
    private final int samples;
    private final float[] mean;
    private final float[] components;
    private final int count;
    private final double[] variances;

    private PrincipalComponents(int height, int width, int samples, float[] mean, float[] components, int count,
                                double[] variances) {
        this.height = height;
        this.width = width;
        this.samples = samples;
        this.mean = mean;
        this.components = components;
        this.count = count;
        this.variances = variances;
    }

    /**
     * Fits the first {@code components} principal components of {@code data}'s images (the labels are not used).
     * Pass the training part only: validation and test images must not shape the preprocessing.
     *
     * @param components how many to keep, in {@code [1, min(n, height * width)]}
     * @throws NeuriteException naming {@code pca_components} when the count does not fit the data
     */
    public static PrincipalComponents fit(DataSet data, int components) {
        Objects.requireNonNull(data, "data");
        int d = data.pixelsPerImage();
        int n = data.size();
        int most = Math.min(n, d);
        if (components < 1 || components > most) {
            throw new NeuriteException("pca_components must be between 1 and " + most + " for " + n + " images of "
                    + data.height() + "x" + data.width() + " pixels; got " + components + ".");
        }
        if (d > FitSettings.MAX_PCA_PIXELS) {
            throw new NeuriteException("PCA takes images of at most " + FitSettings.MAX_PCA_PIXELS + " pixels; '"
                    + data.name() + "' has " + data.height() + "x" + data.width() + ".");
        }
        if (n < 2) {
            throw new NeuriteException("PCA needs at least 2 training images; got " + n + ".");
        }
        float[] mean = meanImage(data);
        INDArray covariance = covariance(data, mean).divi(n - 1);
        INDArray eigenvalues = Nd4j.create(DataType.DOUBLE, d);
        int info = Nd4j.getBlasWrapper().lapack().syev('V', 'U', covariance, eigenvalues);
        if (info != 0) {
            throw new NeuriteException("The PCA eigensolver did not converge (LAPACK info " + info + ").");
        }
        // syev leaves the eigenvalues ascending and eigenvector i in column i of the matrix.
        double[] ascending = eigenvalues.toDoubleVector();
        double[] variances = new double[d];
        for (int i = 0; i < d; i++) {
            variances[i] = Math.max(0, ascending[d - 1 - i]);
        }
        float[] kept = new float[components * d];
        for (int c = 0; c < components; c++) {
            double[] vector = covariance.getColumn(d - 1 - c).toDoubleVector();
            double sign = Math.signum(vector[largestMagnitude(vector)]);
            for (int j = 0; j < d; j++) {
                kept[c * d + j] = (float) (sign * vector[j]);
            }
        }
        return new PrincipalComponents(data.height(), data.width(), n, mean, kept, components, variances);
    }

    /**
     * Fits {@code components} components on the part of {@code train} that {@code fit} trains on: without the
     * validation split Keras takes from its end (as {@code dev.neurite.train.TrainingSession} splits it).
     */
    public static PrincipalComponents fitTrainingPart(DataSet train, FitSettings fit, int components) {
        return fit(trainingPart(train, fit.validation()), components);
    }

    /** The images a fit with {@code validation} learns from: {@code train} without a validation split's tail. */
    public static DataSet trainingPart(DataSet train, Validation validation) {
        if (validation instanceof Validation.Split split) {
            return train.range(0, (int) (train.size() * (1 - split.fraction())));
        }
        return train;
    }

    private static float[] meanImage(DataSet data) {
        int d = data.pixelsPerImage();
        double[] sum = new double[d];
        float[] image = new float[d];
        for (int i = 0; i < data.size(); i++) {
            data.copyImage(i, image, 0);
            for (int j = 0; j < d; j++) {
                sum[j] += image[j];
            }
        }
        float[] mean = new float[d];
        for (int j = 0; j < d; j++) {
            mean[j] = (float) (sum[j] / data.size());
        }
        return mean;
    }

    /**
     * {@code sum (x - mean)^T (x - mean)} over all images in blocks of rows, one float gemm each (the sums of centred
     * values in [-1, 1] lose nothing that matters in float), returned as {@code [d, d]} doubles for the eigensolver.
     */
    private static INDArray covariance(DataSet data, float[] mean) {
        int d = data.pixelsPerImage();
        int n = data.size();
        INDArray meanRow = Nd4j.createFromArray(mean).reshape(1, d);
        INDArray sum = Nd4j.zeros(DataType.FLOAT, d, d);
        float[] block = new float[Math.min(BLOCK, n) * d];
        for (int from = 0; from < n; from += BLOCK) {
            int rows = Math.min(BLOCK, n - from);
            for (int r = 0; r < rows; r++) {
                data.copyImage(from + r, block, r * d);
            }
            float[] filled = rows * d == block.length ? block : Arrays.copyOf(block, rows * d);
            INDArray centred = Nd4j.createFromArray(filled).reshape(rows, d).subiRowVector(meanRow);
            Nd4j.gemm(centred, centred, sum, true, false, 1.0, 1.0);
        }
        return sum.castTo(DataType.DOUBLE);
    }

    private static int largestMagnitude(double[] vector) {
        int best = 0;
        for (int j = 1; j < vector.length; j++) {
            if (Math.abs(vector[j]) > Math.abs(vector[best])) {
                best = j;
            }
        }
        return best;
    }

    /** The number of components kept, {@code k}. */
    public int count() {
        return count;
    }

    /** Values per image, {@code height * width}. */
    public int inputWidth() {
        return mean.length;
    }

    /** The images' height in pixels (a component is an image of this size). */
    public int height() {
        return height;
    }

    /** The images' width in pixels. */
    public int width() {
        return width;
    }

    /** How many images the components were fitted on. */
    public int samples() {
        return samples;
    }

    /** The mean image, {@code height * width} values in [0, 1], row after row (scikit-learn's {@code mean_}). */
    public float[] mean() {
        return mean.clone();
    }

    /**
     * Component {@code index} (0 = the direction of most variance) as {@code height * width} values, row after row:
     * a unit vector, drawn as an image with negative and positive values in two colours.
     *
     * @param index in {@code [0, count())}
     */
    public float[] component(int index) {
        Objects.checkIndex(index, count);
        return Arrays.copyOfRange(components, index * mean.length, (index + 1) * mean.length);
    }

    /**
     * The variance along each of the {@code height * width} directions, largest first ({@code explained_variance_},
     * here for every direction, not only the kept ones); the sum is the images' total variance.
     */
    public double[] explainedVariance() {
        return variances.clone();
    }

    /** The fraction of the total variance along each direction, largest first; sums to 1. */
    public double[] explainedVarianceRatio() {
        double total = Arrays.stream(variances).sum();
        double[] ratio = new double[variances.length];
        for (int i = 0; i < ratio.length; i++) {
            ratio[i] = total > 0 ? variances[i] / total : 0;
        }
        return ratio;
    }

    /** Entry {@code i}: the fraction of the variance the first {@code i + 1} components keep (the curve to draw). */
    public double[] cumulativeExplainedVarianceRatio() {
        double[] ratio = explainedVarianceRatio();
        for (int i = 1; i < ratio.length; i++) {
            ratio[i] += ratio[i - 1];
        }
        return ratio;
    }

    /**
     * The fewest components that keep at least {@code fraction} of the variance (0.9, 0.95, 0.99), as
     * scikit-learn's {@code PCA(n_components=0.95)} chooses them.
     *
     * @param fraction in (0, 1]
     */
    public int componentsFor(double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("The fraction of variance must be in (0, 1]; got " + fraction);
        }
        double[] cumulative = cumulativeExplainedVarianceRatio();
        for (int i = 0; i < cumulative.length; i++) {
            if (cumulative[i] >= fraction - 1e-12) {
                return i + 1;
            }
        }
        return cumulative.length;
    }

    /**
     * The first {@code k} coordinates of one image ({@code transform}): {@code (pixels - mean) . component_i}.
     *
     * @param pixels {@code height * width} values in [0, 1] (the data set's {@code copyImage})
     * @param k      in {@code [1, count()]}
     */
    public float[] transform(float[] pixels, int k) {
        requireImage(pixels);
        requireCount(k);
        int d = mean.length;
        float[] coordinates = new float[k];
        for (int c = 0; c < k; c++) {
            double sum = 0;
            for (int j = 0; j < d; j++) {
                sum += (pixels[j] - mean[j]) * (double) components[c * d + j];
            }
            coordinates[c] = (float) sum;
        }
        return coordinates;
    }

    /**
     * One image rebuilt from its first {@code k} components ({@code inverse_transform(transform(x))} with k kept):
     * {@code height * width} values, near [0, 1] but not clamped to it.
     */
    public float[] reconstruct(float[] pixels, int k) {
        float[] coordinates = transform(pixels, k);
        int d = mean.length;
        float[] image = mean.clone();
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                image[j] += coordinates[c] * components[c * d + j];
            }
        }
        return image;
    }

    /**
     * Every image of {@code data} on the first {@code dims} components, {@code data.size() * dims} values sample
     * after sample (the 2-D scatter of a set: {@code dims = 2}). One matrix product; a few milliseconds for 10,000
     * images.
     *
     * @throws NeuriteException when the images are not of this size
     */
    public float[] project(DataSet data, int dims) {
        requireCount(dims);
        if (data.pixelsPerImage() != mean.length) {
            throw new NeuriteException("The components were fitted on " + height + "x" + width + " images; '"
                    + data.name() + "' has " + data.height() + "x" + data.width() + ".");
        }
        if (data.size() == 0) {
            return new float[0];
        }
        int d = mean.length;
        INDArray x = Nd4j.createFromArray(data.toFloats()).reshape(data.size(), d)
                .subiRowVector(Nd4j.createFromArray(mean).reshape(1, d));
        INDArray c = Nd4j.createFromArray(Arrays.copyOf(components, dims * d)).reshape(dims, d);
        return x.mmul(c.transpose()).reshape(data.size() * (long) dims).toFloatVector();
    }

    /**
     * What a network applies to its inputs to see these components, the first {@code k}: on pixels {@code / 255}, or
     * on standardized pixels when {@code standardization} is given (their components are the same directions around
     * the standardized mean, as scikit-learn would find them on standardized images).
     *
     * @param standardization the network's standardization, or null
     */
    public InputProjection toInputProjection(int k, InputStandardization standardization) {
        requireCount(k);
        float[] centre = mean.clone();
        if (standardization != null) {
            for (int j = 0; j < centre.length; j++) {
                centre[j] = (float) ((centre[j] - standardization.mean()) / standardization.std());
            }
        }
        return new InputProjection(centre, Arrays.copyOf(components, k * mean.length));
    }

    private void requireImage(float[] pixels) {
        if (pixels.length != mean.length) {
            throw new IllegalArgumentException("An image of " + height + "x" + width + " has " + mean.length
                    + " values; got " + pixels.length);
        }
    }

    private void requireCount(int k) {
        if (k < 1 || k > count) {
            throw new IllegalArgumentException("k must be in [1, " + count + "]; got " + k);
        }
    }
}
