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

    /** One row of a comparison: the setting and its value in each run. */
    public record Row(String setting, String left, String right) {
        /** Whether the two runs differ here. */
        public boolean differs() {
            return !Objects.equals(left, right);
        }
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
