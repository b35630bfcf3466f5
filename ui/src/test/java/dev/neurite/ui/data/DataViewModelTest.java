package dev.neurite.ui.data;

import dev.neurite.data.DataException;
import dev.neurite.data.DataSources;
import dev.neurite.data.TrainTestSets;
import dev.neurite.data.inspect.TensorInfo;
import dev.neurite.model.ModelDefinition;
import dev.neurite.format.Templates;
import dev.neurite.settings.Augmentation;
import dev.neurite.settings.PixelScaling;
import dev.neurite.ui.common.BackgroundTasks;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Data place's state without a window: the bundled digits, read with same-thread tasks. */
class DataViewModelTest {

    private static final TrainTestSets DIGITS = DataSources.resolve("digits");

    private final AtomicInteger reads = new AtomicInteger();
    private final DataViewModel model = new DataViewModel(BackgroundTasks.sameThread(), id -> {
        reads.incrementAndGet();
        if (!id.equals("digits")) {
            throw new DataException("no such data set '" + id + "'");
        }
        return DIGITS;
    });

    private static List<String> texts(List<TensorInfo> tensors) {
        return tensors.stream().map(TensorInfo::text).toList();
    }

    @Test
    void theDigitsArePrintedAsLoadedAndAsACnnReceivesThem() {
        model.load("digits", Templates.get("quick-cnn"));
        DataOverview overview = model.overviewProperty().get();
        assertEquals(List.of("x_train (4000, 28, 28) uint8", "y_train (4000,) uint8", "x_test (1000, 28, 28) uint8",
                "y_test (1000,) uint8"), texts(overview.loaded()));
        assertEquals(List.of("x_train (4000, 28, 28, 1) float32 in [0, 1]", "y_train (4000, 10) float32 one-hot",
                "x_test (1000, 28, 28, 1) float32 in [0, 1]", "y_test (1000, 10) float32 one-hot"),
                texts(overview.prepared()));
    }

    @Test
    void aDenseModelReceivesFlatRows() {
        model.load("digits", Templates.get("mnist-mlp"));
        assertEquals("x_train (4000, 784) float32 in [0, 1]", model.overviewProperty().get().prepared().get(0).text());
    }

    @Test
    void theSplitFollowsTheFitSettingsValidationSplit() {
        ModelDefinition cnn = Templates.get("quick-cnn");
        ModelDefinition fifth = cnn.withFit(cnn.fit().withValidation(new dev.neurite.settings.Validation.Split(0.2)));
        model.load("digits", fifth);
        var split = model.overviewProperty().get().split();
        assertEquals(3200, split.training());
        assertEquals(800, split.validation());
        assertEquals(1000, split.test());
    }

    @Test
    void hoveringAPixelNamesItsSliceValueAndScaledValue() {
        model.load("digits", Templates.get("quick-cnn"));
        model.select(17);
        int value = DIGITS.train().pixel(17, 14, 12);
        assertTrue(value > 0, "a pixel on the ink, so the test means something");
        assertEquals("x_train[17, 14, 12] = " + value + "  \u2192  " + DataViewModel.number(value / 255.0),
                model.sliceText(14, 12));
    }

    @Test
    void standardisedInputsShowTheStandardisedValue() {
        ModelDefinition cnn = Templates.get("quick-cnn");
        model.load("digits", cnn.withFit(cnn.fit().withPixelScaling(PixelScaling.STANDARDIZE)));
        assertTrue(model.sliceText(0, 0).endsWith("= 0  \u2192  -" + DataViewModel.number(
                model.overviewProperty().get().scaling().mean() / model.overviewProperty().get().scaling()
                        .deviation()).replace("-", "")), model.sliceText(0, 0));
    }

    @Test
    void theLabelBecomesTheOneHotVectorToCategoricalMakes() {
        model.load("digits", Templates.get("quick-cnn"));
        model.select(17);
        int label = DIGITS.train().label(17);
        float[] expected = new float[10];
        expected[label] = 1;
        assertArrayEquals(expected, model.oneHot());
        assertEquals("y_train[17] = " + label, model.labelText());
        assertTrue(model.oneHotText().startsWith("to_categorical(" + label + ", 10)\n= [0. "), model.oneHotText());
        assertEquals(1, model.oneHotText().split("1\\.", -1).length - 1, "exactly one 1.");
    }

    @Test
    void aClassFilterKeepsOnlyThatClassAndASecondClickShowsAllAgain() {
        model.load("digits", Templates.get("quick-cnn"));
        model.filterClass(3);
        assertEquals(400, model.samples().size());
        assertTrue(model.samples().stream().allMatch(i -> DIGITS.train().label(i) == 3));
        model.filterClass(3);
        assertEquals(4000, model.samples().size());
    }

    @Test
    void theTestPartIsBrowsedAsXTest() {
        model.load("digits", Templates.get("quick-cnn"));
        model.showPart(DataPart.TEST);
        assertEquals(1000, model.samples().size());
        model.select(5);
        assertTrue(model.sliceText(0, 0).startsWith("x_test[5, 0, 0] = "), model.sliceText(0, 0));
        assertTrue(model.labelText().startsWith("y_test[5] = "), model.labelText());
    }

    @Test
    void otherFitSettingsDoNotReadTheDataAgainNorLoseTheChosenSample() {
        ModelDefinition cnn = Templates.get("quick-cnn");
        model.load("digits", cnn);
        model.select(42);
        model.load("digits", cnn.withFit(cnn.fit().withAugmentation(new Augmentation(10, 0, 0, 0))));
        assertEquals(1, reads.get());
        assertEquals(42, model.selectedProperty().get());
        assertEquals(10, model.augmentation().rotationRange());
    }

    @Test
    void aDataSetThatCannotBeReadSaysWhyAndShowsNothing() {
        model.load("digits", Templates.get("quick-cnn"));
        model.load("nowhere", Templates.get("quick-cnn"));
        assertNull(model.overviewProperty().get());
        assertTrue(model.statusProperty().get().contains("no such data set 'nowhere'"), model.statusProperty().get());
        assertTrue(model.samples().isEmpty());
        assertEquals("", model.sliceText(0, 0));
    }

    @Test
    void anImportThatCannotBeReadKeepsWhatIsShownAndIsNotChosen() {
        model.load("digits", Templates.get("quick-cnn"));
        List<String> chosen = new ArrayList<>();
        model.open("broken.csv", chosen::add);
        assertTrue(chosen.isEmpty());
        assertEquals("digits", model.overviewProperty().get().dataset());
        assertTrue(model.statusProperty().get().contains("cannot be used"), model.statusProperty().get());
    }

    @Test
    void aResultThatArrivesAfterANewerChoiceIsDropped() {
        Deferred tasks = new Deferred();
        DataViewModel slow = new DataViewModel(tasks, id -> DIGITS);
        slow.load("digits", Templates.get("mnist-mlp"));
        slow.load("digits", Templates.get("quick-cnn"));
        tasks.finish(1);
        tasks.finish(0);
        assertEquals(List.of(4000, 28, 28, 1), slow.overviewProperty().get().prepared().get(0).shape());
        assertFalse(slow.loadingProperty().get());
    }

    @Test
    void theAugmentationPreviewIsReproducibleAndReseedingChangesIt() {
        ModelDefinition cnn = Templates.get("quick-cnn");
        model.load("digits", cnn.withFit(cnn.fit().withAugmentation(new Augmentation(20, 0.1, 0.1, 0.1))));
        float[][] first = model.augmentedCopies();
        assertEquals(DataViewModel.PREVIEW_COUNT, first.length);
        assertTrue(Arrays.deepEquals(first, model.augmentedCopies()));
        model.reseed();
        assertFalse(Arrays.deepEquals(first, model.augmentedCopies()));
    }

    @Test
    void triedRangesArePreviewedUntilTheNextSettingsArrive() {
        ModelDefinition cnn = Templates.get("quick-cnn");
        model.load("digits", cnn);
        float[] image = new float[784];
        DIGITS.train().copyImage(0, image, 0);
        assertArrayEquals(image, model.augmentedCopies()[0], "no augmentation: the sample itself");
        model.tryAugmentation(new Augmentation(30, 0, 0, 0));
        assertFalse(Arrays.equals(image, model.augmentedCopies()[0]));
        model.load("digits", cnn.withFit(cnn.fit().withSeed(7)));
        assertEquals(Augmentation.NONE, model.augmentation());
    }

    /** Background tasks that run only when a test says so, in the order it chooses. */
    private static final class Deferred implements BackgroundTasks {
        private final List<Runnable> pending = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            pending.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        void finish(int index) {
            pending.get(index).run();
        }
    }
}
