package dev.neurite.ui.editor.panels;

import dev.neurite.data.DataCatalog;
import dev.neurite.settings.Optimizer;
import dev.neurite.settings.Validation;

import java.util.List;

/**
 * The choices the compile and fit form offers, and their translation to and from the core's settings.
 * Pure functions; thread-safe.
 */
public final class SettingsChoices {

    /** Optimizer names as Keras's classes. */
    public static final List<String> OPTIMIZERS = List.of("SGD", "RMSprop", "Adam", "Adagrad");
    /** The data sets offered (a later issue wires their data). */
    public static final List<String> DATASETS = List.of(DataCatalog.DIGITS, DataCatalog.MNIST,
            DataCatalog.FASHION_MNIST);

    private SettingsChoices() {
    }

    /** A Keras-default optimizer of class {@code name} with {@code learningRate}. */
    public static Optimizer optimizer(String name, double learningRate) {
        Optimizer base = Optimizer.withDefaults(name).orElseGet(Optimizer.RmsProp::new);
        return base.withLearningRate(learningRate);
    }

    /** The validation split fraction, 0 for none or validation on the test set. */
    public static double splitOf(Validation validation) {
        return validation instanceof Validation.Split split ? split.fraction() : 0;
    }

    /** A split of {@code fraction}, or none for 0. */
    public static Validation validation(double fraction) {
        return fraction <= 0 ? new Validation.None() : new Validation.Split(fraction);
    }
}
