package dev.neurite.ui.data;

import dev.neurite.data.inspect.DataSplit;
import dev.neurite.data.inspect.TensorInfo;
import dev.neurite.settings.Augmentation;
import dev.neurite.settings.PixelScaling;
import dev.neurite.settings.Validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The preparation of a data source as the fit settings define it, one step a line in the lessons' Python with what it
 * does in words: scaling, reshaping, {@code to_categorical}, augmentation and the validation split. Stateless.
 */
final class PreparationSteps {

    /** Why the test set is kept for the end, as the lessons say it. */
    static final String TEST_KEPT = "The test set is kept for the end: the model never trains on it and no setting is "
            + "tuned on it, so its accuracy there says how the model does on images it has never seen.";

    /**
     * One step.
     *
     * @param code    the lessons' Python for it
     * @param meaning what it does, in words
     */
    record Step(String code, String meaning) {
    }

    private PreparationSteps() {
    }

    static List<Step> of(DataOverview overview) {
        List<Step> steps = new ArrayList<>();
        int trainCount = overview.split().training();
        if (overview.scaling().kind() == PixelScaling.STANDARDIZE) {
            steps.add(new Step(String.format(Locale.ROOT, "x = (x / 255 - %s) / %s",
                    DataViewModel.number(overview.scaling().mean()),
                    DataViewModel.number(overview.scaling().deviation())),
                    String.format(Locale.ROOT, "Standardise: subtract the mean and divide by the standard deviation "
                            + "of the %,d training images (never the validation or test images); the trained model "
                            + "keeps both numbers.", trainCount)));
        } else {
            steps.add(new Step("x = x.astype('float32') / 255",
                    "Rescale: pixels 0 to 255 become 0 to 1, in training, evaluation and prediction alike."));
        }
        TensorInfo x = overview.prepared().get(0);
        List<Integer> shape = x.shape();
        String reshape = "x_train = x_train.reshape(" + shape.stream().map(String::valueOf)
                .reduce((a, b) -> a + ", " + b).orElse("") + ")";
        steps.add(new Step(reshape, shape.size() == 2
                ? "Flatten: one row of " + shape.get(1) + " numbers per image, as the model's Input takes it."
                : "Add a channel axis: one grey channel per pixel, as Conv2D takes images."));
        if (overview.sets().train().isLabelled()) {
            int classes = overview.sets().train().classCount();
            steps.add(new Step("y = to_categorical(y, " + classes + ")",
                    "One-hot: each label becomes a vector of " + classes + " numbers with a single 1 at the label."));
        }
        Augmentation augmentation = overview.fit().augmentation();
        if (augmentation.isActive()) {
            steps.add(new Step("ImageDataGenerator(" + arguments(augmentation) + ")", "Augment: every epoch each "
                    + "training image is changed at random within these ranges; validation and test images never."));
        } else {
            steps.add(new Step("# no augmentation", "rotation_range, width_shift_range, height_shift_range and "
                    + "zoom_range are 0: the model sees each training image unchanged."));
        }
        DataSplit split = overview.split();
        switch (split.validationKind()) {
            case SPLIT -> steps.add(new Step("model.fit(..., validation_split="
                    + DataViewModel.number(((Validation.Split) overview.fit().validation()).fraction()) + ")",
                    String.format(Locale.ROOT, "Validate: the last %,d of x_train are held back before shuffling; "
                            + "the model trains on the first %,d.", split.validation(), split.training())));
            case TEST_SET -> steps.add(new Step("model.fit(..., validation_data=(x_test, y_test))",
                    "Validate on the test images: settings chosen by watching them are tuned to the test set, which "
                            + "then no longer measures the model fairly."));
            case NONE -> steps.add(new Step("model.fit(x_train, y_train, ...)",
                    "No validation: only the training loss is seen while the model trains."));
            default -> throw new IllegalStateException();
        }
        return steps;
    }

    /** The augmentation's non-zero arguments as Keras names them. */
    static String arguments(Augmentation augmentation) {
        StringJoiner joiner = new StringJoiner(", ");
        add(joiner, "rotation_range", augmentation.rotationRange());
        add(joiner, "width_shift_range", augmentation.widthShiftRange());
        add(joiner, "height_shift_range", augmentation.heightShiftRange());
        add(joiner, "zoom_range", augmentation.zoomRange());
        return joiner.toString();
    }

    private static void add(StringJoiner joiner, String name, double value) {
        if (value != 0) {
            joiner.add(name + "=" + DataViewModel.number(value));
        }
    }
}
