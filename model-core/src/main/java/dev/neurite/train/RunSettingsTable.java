package dev.neurite.train;

import dev.neurite.graph.LayerNode;
import dev.neurite.settings.Augmentation;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.Optimizer;
import dev.neurite.settings.Validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A run's settings as rows of Keras-named values ({@code optimizer}, {@code learning_rate}, {@code batch_size}, one
 * row per layer ...) and the side-by-side comparison of two runs. Pure functions; thread-safe.
 */
public final class RunSettingsTable {

    /** Shown for a setting one run does not have (a layer only the other one has). */
    public static final String ABSENT = "\u2014";

    private RunSettingsTable() {
    }

    /** The names of the result rows ({@link #results}), which come before the settings in a comparison. */
    public static final Set<String> RESULT_NAMES = Set.of("epochs trained", "time", "loss", "accuracy", "val_loss",
            "val_accuracy", "test_loss", "test_accuracy");

    /** One row of a comparison: the setting (or result) and its value in each run. */
    public record Row(String setting, String left, String right) {
        /** Whether the two runs differ here. */
        public boolean differs() {
            return !Objects.equals(left, right);
        }

        /** Whether this row is a result of the runs (accuracy, time ...) rather than a setting. */
        public boolean isResult() {
            return RESULT_NAMES.contains(setting);
        }
    }

    /**
     * What {@code run} achieved, with Keras's names: epochs trained, time, the last epoch's {@code loss},
     * {@code accuracy}, {@code val_loss}, {@code val_accuracy} (when it validated on a split), and the evaluation on
     * the test set after the run ({@code test_loss}, {@code test_accuracy}; a run that validated on the test set shows
     * its last {@code val_*} there, "(validation)"). Missing values are {@link #ABSENT}.
     */
    public static Map<String, String> results(RunRecord run) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("epochs trained", Integer.toString(run.history().size()));
        rows.put("time", String.format(Locale.ROOT, "%.1f s", run.seconds()));
        EpochMetrics last = run.lastEpoch().orElse(null);
        rows.put("loss", last == null ? ABSENT : metric(last.loss()));
        rows.put("accuracy", last == null ? ABSENT : metric(last.accuracy()));
        boolean onTest = run.model().fit().validation() instanceof Validation.TestSet;
        boolean validated = last != null && last.hasValidation();
        rows.put("val_loss", validated && !onTest ? metric(last.validationLoss()) : ABSENT);
        rows.put("val_accuracy", validated && !onTest ? metric(last.validationAccuracy()) : ABSENT);
        if (run.hasTestMetrics()) {
            rows.put("test_loss", metric(run.testLoss()));
            rows.put("test_accuracy", metric(run.testAccuracy()));
        } else if (validated && onTest) {
            rows.put("test_loss", metric(last.validationLoss()) + " (validation)");
            rows.put("test_accuracy", metric(last.validationAccuracy()) + " (validation)");
        } else {
            rows.put("test_loss", ABSENT);
            rows.put("test_accuracy", ABSENT);
        }
        return rows;
    }

    /** Both runs' results side by side, in the order of {@link #results}. */
    public static List<Row> compareResults(RunRecord left, RunRecord right) {
        Map<String, String> a = results(left);
        Map<String, String> b = results(right);
        List<Row> rows = new ArrayList<>();
        a.forEach((key, value) -> rows.add(new Row(key, value, b.get(key))));
        return rows;
    }

    private static String metric(double value) {
        return Double.isNaN(value) ? ABSENT : String.format(Locale.ROOT, "%.4f", value);
    }

    /** The settings of {@code run}, in a fixed order: data, compile, fit, callbacks, then the layers. */
    public static Map<String, String> of(RunRecord run) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("data", run.datasetId());
        CompileSettings compile = run.model().compile();
        Optimizer optimizer = compile.optimizer();
        rows.put("optimizer", optimizer.kerasClassName());
        rows.put("learning_rate", number(optimizer.learningRate()));
        optimizerArguments(optimizer, rows);
        rows.put("loss", compile.loss().kerasName());
        FitSettings fit = run.model().fit();
        rows.put("batch_size", Integer.toString(fit.batchSize()));
        rows.put("epochs", Integer.toString(fit.epochs()));
        rows.put("validation", validation(fit.validation()));
        rows.put("shuffle", Boolean.toString(fit.shuffle()));
        rows.put("seed", Long.toString(fit.seed()));
        rows.put("pixel_scaling", fit.pixelScaling().jsonName());
        rows.put("augmentation", augmentation(fit.augmentation()));
        rows.put("pca_components", fit.usesPca() ? Integer.toString(fit.pcaComponents()) : "off");
        rows.put("cross_validation", run.crossValidation() == null ? "off" : run.crossValidation().k() + " folds"
                + (run.crossValidation().stratified() ? ", stratified" : ""));
        CallbackSettings callbacks = run.callbacks();
        rows.put("EarlyStopping", callbacks.earlyStopping() == null ? "off" : callbacks.earlyStopping().monitor()
                + ", patience " + callbacks.earlyStopping().patience());
        rows.put("ReduceLROnPlateau", callbacks.reduceOnPlateau() == null ? "off"
                : callbacks.reduceOnPlateau().monitor() + ", factor " + number(callbacks.reduceOnPlateau().factor())
                + ", patience " + callbacks.reduceOnPlateau().patience());
        rows.put("ModelCheckpoint", callbacks.checkpoint() == null ? "off"
                : callbacks.checkpoint().saveBestOnly() ? "best only" : "every epoch");
        for (LayerNode node : run.model().graph().nodes()) {
            String arguments = node.layer().keyArguments();
            rows.put("layer " + node.name(), node.layer().kerasClassName()
                    + (arguments.isBlank() ? "" : "(" + arguments + ")"));
        }
        return rows;
    }

    /** Both runs' settings side by side; a setting only one run has shows {@link #ABSENT} for the other. */
    public static List<Row> compare(RunRecord left, RunRecord right) {
        Map<String, String> a = of(left);
        Map<String, String> b = of(right);
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<Row> rows = new ArrayList<>();
        for (String key : keys) {
            rows.add(new Row(key, a.getOrDefault(key, ABSENT), b.getOrDefault(key, ABSENT)));
        }
        return rows;
    }

    private static void optimizerArguments(Optimizer optimizer, Map<String, String> rows) {
        if (optimizer instanceof Optimizer.Sgd sgd) {
            rows.put("momentum", number(sgd.momentum()));
            rows.put("nesterov", Boolean.toString(sgd.nesterov()));
        } else if (optimizer instanceof Optimizer.RmsProp rms) {
            rows.put("rho", number(rms.rho()));
            rows.put("momentum", number(rms.momentum()));
        } else if (optimizer instanceof Optimizer.Adam adam) {
            rows.put("beta_1", number(adam.beta1()));
            rows.put("beta_2", number(adam.beta2()));
        }
    }

    private static String validation(Validation validation) {
        if (validation instanceof Validation.Split split) {
            return "split " + number(split.fraction());
        }
        return validation instanceof Validation.TestSet ? "test set" : "none";
    }

    private static String augmentation(Augmentation a) {
        return !a.isActive() ? "none" : "rotation " + number(a.rotationRange()) + ", shift "
                + number(a.widthShiftRange()) + " x " + number(a.heightShiftRange()) + ", zoom "
                + number(a.zoomRange());
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6g", value).replaceAll("\\.?0+(e|$)", "$1");
    }
}
