package dev.neurite.ui.data;

import dev.neurite.NeuriteException;
import dev.neurite.data.DataSet;
import dev.neurite.data.TrainTestSets;
import dev.neurite.data.batch.AugmentationPreview;
import dev.neurite.data.batch.OneHot;
import dev.neurite.model.ModelDefinition;
import dev.neurite.settings.Augmentation;
import dev.neurite.ui.common.BackgroundTasks;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The state of the Data place: the chosen data source as the lessons show it ({@link DataOverview}), which array and
 * class the sample grid browses, the chosen sample (its matrix, label and one-hot vector) and the augmentation
 * preview's seed. Loading and the pixel statistics run through {@link BackgroundTasks}; everything else is quick.
 *
 * <p>Not thread-safe: call on the JavaFX application thread (or one test thread with same-thread tasks).
 */
public final class DataViewModel {

    /** How many augmented copies the preview shows. */
    public static final int PREVIEW_COUNT = 24;

    private final BackgroundTasks tasks;
    private final Function<String, TrainTestSets> source;
    private final ReadOnlyObjectWrapper<DataOverview> overview = new ReadOnlyObjectWrapper<>(this, "overview");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<DataPart> part = new ReadOnlyObjectWrapper<>(this, "part", DataPart.TRAIN);
    private final ReadOnlyIntegerWrapper classFilter = new ReadOnlyIntegerWrapper(this, "classFilter", -1);
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", -1);
    private final ReadOnlyLongWrapper seed = new ReadOnlyLongWrapper(this, "seed", 1);
    private final ReadOnlyObjectWrapper<Augmentation> trial = new ReadOnlyObjectWrapper<>(this, "trial",
            Augmentation.NONE);
    private final ObservableList<Integer> samples = FXCollections.observableArrayList();
    private String loadedDataset;
    private TrainTestSets loadedSets;
    private int generation;

    /**
     * @param tasks  runs loading off the JavaFX thread
     * @param source resolves a data set id or path ({@code DataSources::resolve}); called on the background thread
     */
    public DataViewModel(BackgroundTasks tasks, Function<String, TrainTestSets> source) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.source = Objects.requireNonNull(source, "source");
    }

    // ---- Properties -----------------------------------------------------------------------------------------------

    /** The shown data source, or null before the first one is read (or after one failed). */
    ReadOnlyObjectProperty<DataOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    /** What is happening or what went wrong, for the learner; empty when all is shown. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether a data source is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The array the grid browses: {@code x_train} or {@code x_test}. */
    ReadOnlyObjectProperty<DataPart> partProperty() {
        return part.getReadOnlyProperty();
    }

    /** The class the grid shows, or -1 for every class. */
    public ReadOnlyIntegerProperty classFilterProperty() {
        return classFilter.getReadOnlyProperty();
    }

    /** The index (in the browsed array) of the sample whose matrix is shown, or -1. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The seed of the augmentation preview. */
    public ReadOnlyLongProperty seedProperty() {
        return seed.getReadOnlyProperty();
    }

    /** The indices the sample grid shows, in order: every sample of the browsed array, or those of one class. */
    public ObservableList<Integer> samples() {
        return FXCollections.unmodifiableObservableList(samples);
    }

    // ---- Commands -------------------------------------------------------------------------------------------------

    /**
     * Shows {@code dataset} prepared as {@code model}'s fit settings prepare it. A data source already read is not read
     * again (only the statistics that depend on the settings are recomputed); a failure keeps nothing shown and says
     * why in {@link #statusProperty()}.
     */
    public void load(String dataset, ModelDefinition model) {
        int ticket = ++generation;
        boolean sameSource = dataset.equals(loadedDataset) && loadedSets != null;
        TrainTestSets known = sameSource ? loadedSets : null;
        loading.set(true);
        if (!sameSource) {
            status.set("Reading " + dataset + "\u2026");
        }
        tasks.run(() -> DataOverview.of(dataset, known != null ? known : source.apply(dataset), model), result -> {
            if (ticket != generation) {
                return;
            }
            loading.set(false);
            status.set("");
            loadedDataset = dataset;
            loadedSets = result.sets();
            boolean newSource = overview.get() == null || !overview.get().dataset().equals(dataset);
            trial.set(result.fit().augmentation());
            overview.set(result);
            if (newSource) {
                part.set(DataPart.TRAIN);
                classFilter.set(-1);
                refreshSamples();
                selected.set(samples.isEmpty() ? -1 : 0);
            }
        }, error -> {
            if (ticket != generation) {
                return;
            }
            loading.set(false);
            loadedDataset = null;
            loadedSets = null;
            overview.set(null);
            samples.clear();
            selected.set(-1);
            status.set("The data set '" + dataset + "' cannot be read: " + message(error));
        });
    }

    /**
     * Reads {@code spec} (a download, an imported file or folder) in the background; if it can be read, keeps it and
     * hands {@code spec} to {@code chosen} on the JavaFX thread (to make it the project's data set, which then shows
     * without reading it again), else says why in {@link #statusProperty()} and keeps what is shown.
     */
    public void open(String spec, Consumer<String> chosen) {
        int ticket = ++generation;
        loading.set(true);
        status.set("Reading " + spec + "\u2026");
        tasks.run(() -> source.apply(spec), sets -> {
            if (ticket != generation) {
                return;
            }
            loading.set(false);
            status.set("");
            loadedDataset = spec;
            loadedSets = sets;
            chosen.accept(spec);
        }, error -> {
            if (ticket != generation) {
                return;
            }
            loading.set(false);
            status.set("The data set '" + spec + "' cannot be used: " + message(error));
        });
    }

    /** Says why a choice cannot be used, in {@link #statusProperty()}. */
    public void problem(String text) {
        status.set(text);
    }

    /** Browses {@code x_train} or {@code x_test} (the test part only when the source has one). */
    void showPart(DataPart newPart) {
        DataOverview shown = overview.get();
        if (shown == null || newPart == part.get() || newPart == DataPart.TEST && shown.sets().test().isEmpty()) {
            return;
        }
        part.set(newPart);
        refreshSamples();
        selected.set(samples.isEmpty() ? -1 : samples.get(0));
    }

    /** Shows only the samples of class {@code label} in the grid, or all of them for -1. */
    public void filterClass(int label) {
        DataOverview shown = overview.get();
        if (shown == null || label < -1 || label >= shown.sets().train().classCount()) {
            return;
        }
        classFilter.set(label == classFilter.get() ? -1 : label);
        refreshSamples();
    }

    /** Chooses sample {@code index} of the browsed array for the matrix, label and augmentation views. */
    public void select(int index) {
        DataSet set = browsed();
        if (set != null && index >= 0 && index < set.size()) {
            selected.set(index);
        }
    }

    /**
     * Previews {@code augmentation} (ranges being tried, not yet in the fit settings); the next data source or fit
     * settings shown replace it with the settings' own.
     */
    public void tryAugmentation(Augmentation augmentation) {
        trial.set(Objects.requireNonNull(augmentation, "augmentation"));
    }

    /** The augmentation the preview shows: the fit settings', or the ranges being tried. */
    public ReadOnlyObjectProperty<Augmentation> trialProperty() {
        return trial.getReadOnlyProperty();
    }

    /** A new seed for the augmentation preview: other random changes of the same sample. */
    public void reseed() {
        seed.set(seed.get() + 1);
    }

    // ---- Derived values -------------------------------------------------------------------------------------------

    /** The browsed array's data set, or null before one is read. */
    DataSet browsed() {
        DataOverview shown = overview.get();
        return shown == null ? null : shown.set(part.get());
    }

    /**
     * The slice a pixel of the chosen sample belongs to and its value, as NumPy indexes it, e.g.
     * {@code x_train[17, 5, 12] = 243}; empty without a chosen sample.
     */
    public String sliceText(int row, int column) {
        DataSet set = browsed();
        int index = selected.get();
        if (set == null || index < 0 || row < 0 || column < 0 || row >= set.height() || column >= set.width()) {
            return "";
        }
        int value = set.pixel(index, row, column);
        return String.format(Locale.ROOT, "%s[%d, %d, %d] = %d  \u2192  %s", part.get().images(), index, row, column,
                value, number(overview.get().scaling().apply(value)));
    }

    /** The chosen sample's label line, e.g. {@code y_train[17] = 7}, with the class name when it is not the digit. */
    public String labelText() {
        DataSet set = browsed();
        int index = selected.get();
        if (set == null || index < 0 || !set.isLabelled()) {
            return set == null || index < 0 ? "" : part.get().images() + "[" + index + "] has no label";
        }
        int label = set.label(index);
        String name = set.classNames().get(label);
        return part.get().labels() + "[" + index + "] = " + label + (name.equals(String.valueOf(label)) ? ""
                : "  (" + name + ")");
    }

    /** The one-hot vector {@code to_categorical} makes of the chosen sample's label; empty without one. */
    public float[] oneHot() {
        DataSet set = browsed();
        int index = selected.get();
        if (set == null || index < 0 || !set.isLabelled()) {
            return new float[0];
        }
        return OneHot.encode(set.label(index), set.classCount());
    }

    /**
     * {@code to_categorical(7, 10)} and on a second line {@code = [0. 0. 0. 0. 0. 0. 0. 1. 0. 0.]}, as NumPy prints
     * the vector; empty without a label.
     */
    public String oneHotText() {
        float[] vector = oneHot();
        if (vector.length == 0) {
            return "";
        }
        List<String> entries = new ArrayList<>();
        for (float v : vector) {
            entries.add(v == 1f ? "1." : "0.");
        }
        return "to_categorical(" + browsed().label(selected.get()) + ", " + vector.length + ")\n= ["
                + String.join(" ", entries) + "]";
    }

    /** The augmentation the preview shows ({@link #trialProperty()}). */
    public Augmentation augmentation() {
        return trial.get();
    }

    /**
     * {@link #PREVIEW_COUNT} copies of the chosen sample changed by the previewed augmentation under the current
     * seed, by the code training uses; each {@code height * width} floats in [0, 1]. Empty without a chosen sample.
     */
    public float[][] augmentedCopies() {
        DataSet set = browsed();
        int index = selected.get();
        if (set == null || index < 0) {
            return new float[0][];
        }
        return AugmentationPreview.of(set, index, augmentation(), PREVIEW_COUNT, seed.get());
    }

    private void refreshSamples() {
        DataSet set = browsed();
        List<Integer> indices = new ArrayList<>();
        if (set != null) {
            int label = classFilter.get();
            for (int i = 0; i < set.size(); i++) {
                if (label < 0 || set.isLabelled() && set.label(i) == label) {
                    indices.add(i);
                }
            }
        }
        samples.setAll(indices);
    }

    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
        return text.equals("-0") ? "0" : text;
    }

    private static String message(Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        if (cause instanceof NeuriteException || cause instanceof java.io.UncheckedIOException) {
            return cause.getMessage();
        }
        return cause.getMessage() == null ? "an unexpected error occurred (" + cause.getClass().getSimpleName() + ")"
                : cause.getMessage();
    }
}
