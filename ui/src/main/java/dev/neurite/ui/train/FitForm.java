package dev.neurite.ui.train;

import dev.neurite.model.ModelDefinition;
import dev.neurite.settings.Augmentation;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.Optimizer;
import dev.neurite.settings.PixelScaling;
import dev.neurite.settings.Validation;
import dev.neurite.train.CallbackSettings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.List;

/**
 * The fit and compile settings of the Train place as editable properties (epochs, batch size, optimizer, learning
 * rate, validation, samples, seed, pixel scaling, augmentation, callbacks), filled from the model's own settings and
 * turned back into an immutable snapshot at Start. Properties are bound to the settings form; JavaFX thread only.
 */
public final class FitForm {

    /** The optimizers offered, by Keras name. */
    public static final List<String> OPTIMIZERS = List.of("RMSprop", "Adam", "SGD", "Adagrad");

    private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs", 1);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(this, "batchSize", 32);
    private final StringProperty optimizer = new SimpleStringProperty(this, "optimizer", "RMSprop");
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate", 0.001);
    private final DoubleProperty validationSplit = new SimpleDoubleProperty(this, "validationSplit", 0.1);
    private final BooleanProperty validateOnTest = new SimpleBooleanProperty(this, "validateOnTest", false);
    private final IntegerProperty sampleLimit = new SimpleIntegerProperty(this, "sampleLimit", 0);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 42);
    private final ObjectProperty<PixelScaling> pixelScaling = new SimpleObjectProperty<>(this, "pixelScaling",
            PixelScaling.RESCALE);
    private final IntegerProperty pcaComponents = new SimpleIntegerProperty(this, "pcaComponents", 0);
    private final DoubleProperty rotationRange = new SimpleDoubleProperty(this, "rotationRange", 0);
    private final DoubleProperty widthShiftRange = new SimpleDoubleProperty(this, "widthShiftRange", 0);
    private final DoubleProperty heightShiftRange = new SimpleDoubleProperty(this, "heightShiftRange", 0);
    private final DoubleProperty zoomRange = new SimpleDoubleProperty(this, "zoomRange", 0);
    private final BooleanProperty earlyStopping = new SimpleBooleanProperty(this, "earlyStopping", false);
    private final IntegerProperty earlyStoppingPatience = new SimpleIntegerProperty(this, "patience", 3);
    private final BooleanProperty restoreBestWeights = new SimpleBooleanProperty(this, "restoreBest", true);
    private final BooleanProperty reduceOnPlateau = new SimpleBooleanProperty(this, "reduceOnPlateau", false);
    private final DoubleProperty reduceFactor = new SimpleDoubleProperty(this, "reduceFactor", 0.2);
    private final IntegerProperty reducePatience = new SimpleIntegerProperty(this, "reducePatience", 2);
    private final BooleanProperty checkpoint = new SimpleBooleanProperty(this, "checkpoint", false);
    private final BooleanProperty checkpointBestOnly = new SimpleBooleanProperty(this, "checkpointBestOnly", true);
    private final ObjectProperty<Path> checkpointFolder = new SimpleObjectProperty<>(this, "checkpointFolder",
            Path.of(System.getProperty("user.home"), "neurite-checkpoints"));
    private boolean loading;

    // ---- Properties ------------------------------------------------------------------------------------------------

    public IntegerProperty epochsProperty() { return epochs; }

    public IntegerProperty batchSizeProperty() { return batchSize; }

    public StringProperty optimizerProperty() { return optimizer; }

    public DoubleProperty learningRateProperty() { return learningRate; }

    /** Keras's validation_split; 0 means none (unless {@link #validateOnTestProperty()}). */
    public DoubleProperty validationSplitProperty() { return validationSplit; }

    /** Validate on the data set's test part (Keras's validation_data) instead of a split. */
    public BooleanProperty validateOnTestProperty() { return validateOnTest; }

    /** Train on the first N samples only; 0 = all. */
    public IntegerProperty sampleLimitProperty() { return sampleLimit; }

    public IntegerProperty seedProperty() { return seed; }

    /** Pixels divided by 255, or standardized with the training images' mean and deviation. */
    public ObjectProperty<PixelScaling> pixelScalingProperty() { return pixelScaling; }

    /** PCA: principal components the network sees instead of the pixels (pca_components); 0 = no PCA. */
    public IntegerProperty pcaComponentsProperty() { return pcaComponents; }

    /** Augmentation: largest rotation of a training image in degrees (rotation_range). */
    public DoubleProperty rotationRangeProperty() { return rotationRange; }

    /** Augmentation: largest sideways shift as a fraction of the width (width_shift_range). */
    public DoubleProperty widthShiftRangeProperty() { return widthShiftRange; }

    /** Augmentation: largest vertical shift as a fraction of the height (height_shift_range). */
    public DoubleProperty heightShiftRangeProperty() { return heightShiftRange; }

    /** Augmentation: zoom factor drawn from [1 - zoom_range, 1 + zoom_range]. */
    public DoubleProperty zoomRangeProperty() { return zoomRange; }

    public BooleanProperty earlyStoppingProperty() { return earlyStopping; }

    public IntegerProperty earlyStoppingPatienceProperty() { return earlyStoppingPatience; }

    public BooleanProperty restoreBestWeightsProperty() { return restoreBestWeights; }

    public BooleanProperty reduceOnPlateauProperty() { return reduceOnPlateau; }

    public DoubleProperty reduceFactorProperty() { return reduceFactor; }

    public IntegerProperty reducePatienceProperty() { return reducePatience; }

    public BooleanProperty checkpointProperty() { return checkpoint; }

    public BooleanProperty checkpointBestOnlyProperty() { return checkpointBestOnly; }

    public ObjectProperty<Path> checkpointFolderProperty() { return checkpointFolder; }

    // ---- Commands --------------------------------------------------------------------------------------------------

    /**
     * Calls {@code listener} after every edit of a setting that belongs to the model (epochs, batch size, optimizer,
     * learning rate, validation, seed, pixel scaling, PCA, augmentation), but not while {@link #load} fills the form.
     * Callbacks and the sample limit are settings of the Train place only and do not call it.
     */
    public void addModelEditListener(Runnable listener) {
        javafx.beans.InvalidationListener edited = obs -> {
            if (!loading) {
                listener.run();
            }
        };
        for (javafx.beans.Observable property : java.util.List.of(epochs, batchSize, optimizer, learningRate,
                validationSplit, validateOnTest, seed, pixelScaling, pcaComponents, rotationRange, widthShiftRange,
                heightShiftRange, zoomRange)) {
            property.addListener(edited);
        }
    }

    /** Fills the form from a model's own compile and fit settings (callbacks keep their values). */
    public void load(ModelDefinition model) {
        loading = true;
        try {
            fill(model);
        } finally {
            loading = false;
        }
    }

    private void fill(ModelDefinition model) {
        FitSettings fit = model.fit();
        epochs.set(fit.epochs());
        batchSize.set(fit.batchSize());
        seed.set((int) fit.seed());
        validateOnTest.set(fit.validation() instanceof Validation.TestSet);
        validationSplit.set(fit.validation() instanceof Validation.Split s ? s.fraction() : 0);
        pixelScaling.set(fit.pixelScaling());
        pcaComponents.set(fit.pcaComponents());
        rotationRange.set(fit.augmentation().rotationRange());
        widthShiftRange.set(fit.augmentation().widthShiftRange());
        heightShiftRange.set(fit.augmentation().heightShiftRange());
        zoomRange.set(fit.augmentation().zoomRange());
        optimizer.set(model.compile().optimizer().kerasClassName());
        learningRate.set(model.compile().optimizer().learningRate());
    }

    /**
     * The model with this form's settings: the snapshot a run trains.
     *
     * @throws dev.neurite.settings.SettingsException with a message naming the setting when a value is invalid
     */
    public ModelDefinition apply(ModelDefinition model) {
        Validation validation = validateOnTest.get() ? new Validation.TestSet()
                : validationSplit.get() > 0 ? new Validation.Split(validationSplit.get()) : new Validation.None();
        FitSettings fit = model.fit().withBatchSize(batchSize.get()).withEpochs(epochs.get())
                .withValidation(validation).withSeed(seed.get()).withPixelScaling(pixelScaling.get())
                .withPcaComponents(pcaComponents.get())
                .withAugmentation(new Augmentation(rotationRange.get(), widthShiftRange.get(), heightShiftRange.get(),
                        zoomRange.get()));
        Optimizer current = model.compile().optimizer();
        Optimizer chosen = current.kerasClassName().equals(optimizer.get()) ? current
                : Optimizer.withDefaults(optimizer.get()).orElseGet(Optimizer.RmsProp::new);
        return model.withFit(fit).withCompile(model.compile().withOptimizer(
                chosen.withLearningRate(learningRate.get())));
    }

    /** The callbacks switched on, with their arguments. */
    public CallbackSettings callbacks() {
        CallbackSettings settings = CallbackSettings.none();
        String monitor = validationSplit.get() > 0 || validateOnTest.get() ? "val_loss" : "loss";
        if (earlyStopping.get()) {
            settings = settings.withEarlyStopping(new CallbackSettings.EarlyStoppingSettings(monitor, 0,
                    earlyStoppingPatience.get(), restoreBestWeights.get()));
        }
        if (reduceOnPlateau.get()) {
            settings = settings.withReduceOnPlateau(new CallbackSettings.ReduceOnPlateauSettings(monitor,
                    reduceFactor.get(), reducePatience.get(), 1e-4, 0, 1e-6));
        }
        if (checkpoint.get()) {
            settings = settings.withCheckpoint(new CallbackSettings.CheckpointSettings(checkpointFolder.get(),
                    monitor, checkpointBestOnly.get()));
        }
        return settings;
    }
}
