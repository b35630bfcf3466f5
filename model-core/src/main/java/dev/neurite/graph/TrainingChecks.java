package dev.neurite.graph;

import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dropout;
import dev.neurite.layers.FixAction;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.LayerConfig;
import dev.neurite.layers.TensorShape;
import dev.neurite.settings.Loss;
import dev.neurite.settings.Optimizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

/**
 * Checks of a model against what it will be trained with: the Input against the fit's PCA, the output against the
 * data set's classes, the output activation against the loss, and the memory training needs.
 */
public final class TrainingChecks {

    private TrainingChecks() {
    }

    /**
     * Every problem of {@code analysis}'s graph for training in {@code context}, structural problems first; errors
     * caused by an upstream layer's error are listed under it ({@link Diagnostic#consequences()}).
     */
    public static List<Diagnostic> diagnose(ModelAnalysis analysis, TrainingContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>(analysis.diagnostics());
        checkPcaInput(analysis.graph(), context.pcaComponents(), diagnostics);
        TensorShape output = analysis.outputShape();
        if (output != null) {
            String node = analysis.outputs().get(0);
            checkOutputShape(analysis, node, output, context, diagnostics);
            outputLossMismatch(analysis, context.compile().loss()).ifPresent(diagnostics::add);
        }
        checkMemory(analysis, context, diagnostics);
        return Consequences.fold(analysis.graph(), analysis.topologicalOrder(), diagnostics);
    }

    /** With PCA on, every Input must take the k components: {@code (k,)}; the fix sets its shape. */
    private static void checkPcaInput(ModelGraph graph, int components, List<Diagnostic> diagnostics) {
        if (components <= 0) {
            return;
        }
        TensorShape expected = TensorShape.of(components);
        for (LayerNode node : graph.nodes()) {
            if (node.layer() instanceof InputLayer input && !input.shape().equals(expected)) {
                diagnostics.add(Diagnostic.error(node.name(), "The fit reduces each image to " + components
                        + " principal components (pca_components), so the Input must be (None, " + components
                        + "), not " + input.shape() + ".", new Fix.AtNode(node.name(),
                        new FixAction.Replace(new InputLayer(expected), "Set the Input to (None, " + components
                                + ")"))));
            }
        }
    }

    private static void checkOutputShape(ModelAnalysis analysis, String node, TensorShape output,
                                         TrainingContext context, List<Diagnostic> diagnostics) {
        int classes = context.numClasses();
        if (output.rank() != 1) {
            diagnostics.add(Diagnostic.error(node, "The model's output is " + output + ", but a classifier must give "
                    + "one score per class" + (classes > 0 ? ", (None, " + classes + ")" : "")
                    + ". End the model with Flatten and Dense(" + (classes > 0 ? classes : "classes")
                    + ", activation='softmax').", null));
            return;
        }
        if (classes <= 0) {
            return;
        }
        int units = output.dim(0);
        boolean binaryOk = context.compile().loss() == Loss.BINARY_CROSSENTROPY && classes == 2 && units == 1;
        if (units != classes && !binaryOk) {
            LayerConfig layer = analysis.graph().node(node).layer();
            Fix fix = layer instanceof Dense dense
                    ? new Fix.AtNode(node, new FixAction.Replace(dense.withUnits(classes), "Set units to " + classes))
                    : null;
            diagnostics.add(Diagnostic.error(node, "The last layer gives " + units + " values but the data set '"
                    + context.datasetName() + "' has " + classes + " classes; it needs " + classes + " units.", fix));
        }
    }

    /**
     * What is wrong with the output activation for {@code loss} (e.g. categorical_crossentropy without softmax), as
     * a warning at the layer whose activation it is; empty when they fit or the graph has no single output.
     */
    public static Optional<Diagnostic> outputLossMismatch(ModelAnalysis analysis, Loss loss) {
        if (analysis.outputShape() == null) {
            return Optional.empty();
        }
        String source = activationSource(analysis.graph(), analysis.outputs().get(0));
        LayerConfig layer = analysis.graph().node(source).layer();
        ActivationFunction activation = layer.activation();
        String lossName = loss.kerasName();
        if (activation == ActivationFunction.SOFTMAX && loss == Loss.BINARY_CROSSENTROPY) {
            return Optional.of(Diagnostic.warning(source, "A softmax output with binary_crossentropy treats the "
                    + "classes as independent yes/no questions; for one class per image use categorical_crossentropy.",
                    null));
        } else if (activation == ActivationFunction.SOFTMAX && loss.isRegression()) {
            return Optional.of(Diagnostic.warning(source, "A softmax output with " + lossName + " (a regression "
                    + "loss) learns slowly; for classes use categorical_crossentropy.", null));
        } else if (loss.isCategorical() && activation != ActivationFunction.SOFTMAX) {
            return Optional.of(Diagnostic.warning(source, lossName + " expects probabilities that sum to 1, but the "
                    + "output activation is " + activation.kerasName() + "; use activation='softmax' on the last "
                    + "layer.", replaceActivation(source, layer, ActivationFunction.SOFTMAX)));
        } else if (loss == Loss.BINARY_CROSSENTROPY && activation != ActivationFunction.SIGMOID) {
            return Optional.of(Diagnostic.warning(source, "binary_crossentropy expects probabilities in (0, 1), but "
                    + "the output activation is " + activation.kerasName() + "; use activation='sigmoid'.",
                    replaceActivation(source, layer, ActivationFunction.SIGMOID)));
        }
        return Optional.empty();
    }

    /** The node whose activation produces the output: the output, looking back through Dropout layers. */
    private static String activationSource(ModelGraph graph, String node) {
        String current = node;
        while (graph.node(current).layer() instanceof Dropout && graph.node(current).inputs().size() == 1) {
            current = graph.node(current).inputs().get(0);
        }
        return current;
    }

    private static Fix replaceActivation(String node, LayerConfig layer, ActivationFunction function) {
        return layer.withActivation(function).map(replacement -> (Fix) new Fix.AtNode(node,
                new FixAction.Replace(replacement, "Use " + function.kerasName()))).orElse(null);
    }

    /** The batch the activation estimate assumes: Keras's default {@code batch_size}. */
    private static final int NOMINAL_BATCH = 32;

    /**
     * One batch's layer outputs and their gradients, which training keeps at once: a layer whose output for
     * {@value #NOMINAL_BATCH} images does not fit is an error at the layer that makes the most.
     */
    private static void checkActivations(ModelAnalysis analysis, TrainingContext context,
                                         List<Diagnostic> diagnostics) {
        double bytes = 0;
        String largest = null;
        long most = -1;
        for (String name : analysis.topologicalOrder()) {
            TensorShape output = analysis.node(name).outputShape();
            if (output == null) {
                continue;
            }
            long size = output.size();
            bytes += (double) size * NOMINAL_BATCH * Float.BYTES * 2;
            if (size > most) {
                most = size;
                largest = name;
            }
        }
        if (bytes > context.memoryBudgetBytes()) {
            diagnostics.add(Diagnostic.error(largest, String.format(Locale.ROOT, "One batch of %d images makes "
                    + "about %.1f GB of layer outputs and gradients, more than the %.1f GB available; %s's output "
                    + "%s is the largest: use fewer filters or units there, or pool the image smaller before it.",
                    NOMINAL_BATCH, bytes / 1e9, context.memoryBudgetBytes() / 1e9, largest,
                    analysis.node(largest).outputShape()), null));
        }
    }

    private static void checkMemory(ModelAnalysis analysis, TrainingContext context, List<Diagnostic> diagnostics) {
        long params = analysis.totalParameters().total();
        int copies = 2 + optimizerSlots(context.compile().optimizer());
        double bytes = (double) params * Float.BYTES * copies;
        if (bytes <= context.memoryBudgetBytes()) {
            checkActivations(analysis, context, diagnostics);
            return;
        }
        String largest = null;
        long most = -1;
        for (String name : analysis.topologicalOrder()) {
            long count = analysis.node(name).parameters().total();
            if (count > most) {
                most = count;
                largest = name;
            }
        }
        diagnostics.add(Diagnostic.error(largest, String.format(Locale.ROOT, "The model has %s parameters; training "
                        + "them needs about %.1f GB, more than the %.1f GB available. %s holds the most (%s): use "
                        + "fewer units or filters there, or pool the image smaller before it.",
                ModelSummary.thousands(params), bytes / 1e9, context.memoryBudgetBytes() / 1e9, largest,
                ModelSummary.thousands(most)), null));
    }

    /** Arrays the optimizer keeps per weight (momentum, squared averages). */
    static int optimizerSlots(Optimizer optimizer) {
        if (optimizer instanceof Optimizer.Adam) {
            return 2;
        }
        if (optimizer instanceof Optimizer.Sgd sgd) {
            return sgd.momentum() > 0 ? 1 : 0;
        }
        if (optimizer instanceof Optimizer.RmsProp rms) {
            return rms.momentum() > 0 ? 2 : 1;
        }
        return 1;
    }
}
