package dev.neurite.data.inspect;

import dev.neurite.data.DataSet;
import dev.neurite.data.TrainTestSets;
import dev.neurite.layers.TensorShape;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.PixelScaling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The arrays of a data source as the Keras lessons print them, before and after preparation:
 * {@code x_train (4000, 28, 28) uint8}, {@code y_train (4000,) uint8}, then {@code x_train (4000, 28, 28, 1) float32
 * in [0, 1]} and {@code y_train (4000, 10) float32 one-hot}. Stateless; every method reads the pixels once (a pass
 * over 47 MB for MNIST), so call it off the JavaFX thread.
 */
public final class DataTensors {

    private DataTensors() {
    }

    /**
     * {@code x_train}, {@code y_train} and, when the source has a test part, {@code x_test}, {@code y_test}, as
     * loaded: unsigned bytes, shaped {@code (n, height, width)} and {@code (n,)}. An unlabelled set has no {@code y}.
     */
    public static List<TensorInfo> loaded(TrainTestSets sets) {
        List<TensorInfo> lines = new ArrayList<>();
        addLoaded(lines, "train", sets.train());
        sets.test().ifPresent(test -> addLoaded(lines, "test", test));
        return lines;
    }

    /**
     * The same arrays as {@code fit} receives them: pixels as float32 scaled as {@code fit} scales them (divided by
     * 255, or standardised with the mean and deviation of the training part), shaped as the model's input takes
     * them, and labels one-hot as {@code to_categorical} makes them.
     *
     * @param fit         the fit settings: pixel scaling and validation (which decides the training part)
     * @param sampleShape the model's input shape without the batch dimension ({@code (784,)} or {@code (28, 28, 1)});
     *                    empty for the image shape {@code (height, width, 1)}. A shape whose size is not the
     *                    image's pixel count is ignored.
     */
    public static List<TensorInfo> prepared(TrainTestSets sets, FitSettings fit, Optional<TensorShape> sampleShape) {
        DataSet train = sets.train();
        Scaling scaling = Scaling.of(sets, fit);
        List<TensorInfo> lines = new ArrayList<>();
        addPrepared(lines, "train", train, scaling, sampleShape);
        sets.test().ifPresent(test -> addPrepared(lines, "test", test, scaling, sampleShape));
        return lines;
    }

    private static void addLoaded(List<TensorInfo> lines, String part, DataSet set) {
        lines.add(new TensorInfo("x_" + part, List.of(set.size(), set.height(), set.width()), "uint8", ""));
        if (set.isLabelled()) {
            lines.add(new TensorInfo("y_" + part, List.of(set.size()), set.classCount() <= 256 ? "uint8" : "int64",
                    ""));
        }
    }

    private static void addPrepared(List<TensorInfo> lines, String part, DataSet set, Scaling scaling,
                                    Optional<TensorShape> sampleShape) {
        List<Integer> shape = new ArrayList<>();
        shape.add(set.size());
        if (sampleShape.isPresent() && sampleShape.get().size() == set.pixelsPerImage()) {
            shape.addAll(sampleShape.get().dims());
        } else {
            shape.addAll(List.of(set.height(), set.width(), 1));
        }
        int[] range = set.pixelRange();
        lines.add(new TensorInfo("x_" + part, shape, "float32", "in [" + number(scaling.apply(range[0])) + ", "
                + number(scaling.apply(range[1])) + "]"));
        if (set.isLabelled()) {
            lines.add(new TensorInfo("y_" + part, List.of(set.size(), set.classCount()), "float32", "one-hot"));
        }
    }

    /** A value as the lessons would read it: {@code 0}, {@code 1}, {@code -0.424}. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
        return text.equals("-0") ? "0" : text;
    }

    /**
     * How {@code fit} maps a byte to an input: {@code v / 255}, or {@code (v / 255 - mean) / std} with the training
     * part's statistics.
     *
     * @param mean      0 for rescaling
     * @param deviation 1 for rescaling
     */
    public record Scaling(PixelScaling kind, double mean, double deviation) {

        /** The scaling {@code fit} uses for {@code sets} under {@code fit}'s settings. */
        public static Scaling of(TrainTestSets sets, FitSettings fit) {
            if (fit.pixelScaling() != PixelScaling.STANDARDIZE) {
                return new Scaling(PixelScaling.RESCALE, 0, 1);
            }
            DataSet part = trainingPart(sets.train(), fit);
            double deviation = part.pixelStandardDeviation();
            return new Scaling(PixelScaling.STANDARDIZE, part.pixelMean(), deviation == 0 ? 1 : deviation);
        }

        /** The input for byte value {@code value} (0-255). */
        public double apply(int value) {
            return (value / 255.0 - mean) / deviation;
        }
    }

    /** The images {@code fit} trains on: the training data less a {@code validation_split}. */
    static DataSet trainingPart(DataSet train, FitSettings fit) {
        if (fit.validation() instanceof dev.neurite.settings.Validation.Split split) {
            return train.range(0, DataSplit.splitIndex(train.size(), split.fraction()));
        }
        return train;
    }
}
