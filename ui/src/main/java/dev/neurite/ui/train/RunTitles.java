package dev.neurite.ui.train;

import dev.neurite.format.Templates;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.InputLayer;
import dev.neurite.model.ModelDefinition;
import dev.neurite.settings.Validation;
import dev.neurite.train.EpochMetrics;
import dev.neurite.train.RunRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a run names itself wherever it is listed (the runs list, the compare table, the Test place's chooser):
 * "Run 3 · quick-cnn · Adam · digits", and its results with Keras's names: {@code val_accuracy} on the validation
 * split, "test accuracy" from the evaluation on the test set after the run (Keras's {@code evaluate}), and, when the
 * test set was the validation data, one test accuracy that says so. Stateless; any thread.
 */
public final class RunTitles {

    private static final String DOT = " \u00b7 ";

    private RunTitles() {
    }

    /** "Run 3 · quick-cnn · Adam · digits" (a custom model: "Run 3 · 4 layers, 101.8k params · SGD · mnist"). */
    public static String title(RunRecord run) {
        return run.title() + DOT + describe(run);
    }

    /** "quick-cnn · Adam · digits": the model, the optimizer and the data set of the run. */
    public static String describe(RunRecord run) {
        return modelName(run.model()) + DOT + run.model().compile().optimizer().kerasClassName() + DOT
                + datasetName(run.datasetId());
    }

    /**
     * The template's id when the graph is still the template's, else "4 layers, 101.8k params" (layers without the
     * Input, like Keras's summary).
     */
    public static String modelName(ModelDefinition model) {
        if (model.template() != null && isTemplateGraph(model.template().id(), model.graph())) {
            return model.template().id();
        }
        ModelGraph graph = model.graph();
        long layers = graph.nodes().stream().filter(n -> !(n.layer() instanceof InputLayer)).count();
        long params;
        try {
            params = graph.analyze().totalParameters().total();
        } catch (RuntimeException unknown) {
            return layers + (layers == 1 ? " layer" : " layers");
        }
        return layers + (layers == 1 ? " layer, " : " layers, ") + compact(params) + " params";
    }

    private static boolean isTemplateGraph(String id, ModelGraph graph) {
        try {
            return Templates.get(id).graph().equals(graph);
        } catch (RuntimeException noSuchTemplate) {
            return false;
        }
    }

    /** A data set id as a name: a path's file name, else the id. */
    static String datasetName(String id) {
        int slash = Math.max(id.lastIndexOf('/'), id.lastIndexOf('\\'));
        return slash >= 0 && slash < id.length() - 1 ? id.substring(slash + 1) : id;
    }

    /** "812", "12.3k", "1.2M". */
    static String compact(long count) {
        if (count < 1_000) {
            return Long.toString(count);
        }
        if (count < 1_000_000) {
            return String.format(Locale.ROOT, "%.1fk", count / 1e3);
        }
        return String.format(Locale.ROOT, "%.1fM", count / 1e6);
    }

    /** Whether the run validated on the test set (Keras's {@code validation_data=(x_test, y_test)}). */
    public static boolean validatedOnTestSet(RunRecord run) {
        return run.model().fit().validation() instanceof Validation.TestSet;
    }

    /**
     * The run's results with their right names, e.g. "val_accuracy 0.9712 · test accuracy 0.9650"; a run that
     * validated on the test set: "test accuracy 0.9650 (also the validation data)"; without
     * validation: "accuracy 0.9931 · test accuracy 0.9650". Empty when no epoch finished.
     */
    public static String results(RunRecord run) {
        if (run.isCrossValidation()) {
            return run.crossValidation().summaryLine();
        }
        List<String> parts = new ArrayList<>();
        Optional<EpochMetrics> last = run.lastEpoch();
        boolean tested = run.hasTestMetrics() && !Double.isNaN(run.testAccuracy());
        if (validatedOnTestSet(run)) {
            if (tested) {
                parts.add(format("test accuracy", run.testAccuracy()) + " (also the validation data)");
            } else {
                last.filter(EpochMetrics::hasValidation).ifPresent(e ->
                        parts.add(format("val_accuracy on the test set", e.validationAccuracy())));
            }
            return String.join(DOT, parts);
        }
        last.ifPresent(e -> parts.add(e.hasValidation() ? format("val_accuracy", e.validationAccuracy())
                : format("accuracy", e.accuracy())));
        if (tested) {
            parts.add(format("test accuracy", run.testAccuracy()));
        }
        return String.join(DOT, parts);
    }

    private static String format(String name, double value) {
        return String.format(Locale.ROOT, "%s %.4f", name, value);
    }
}
