package dev.neurite.train;

import dev.neurite.NeuriteException;
import dev.neurite.data.DataSet;
import dev.neurite.data.TrainTestSets;
import dev.neurite.graph.Diagnostic;
import dev.neurite.graph.ModelAnalysis;
import dev.neurite.graph.TrainingChecks;
import dev.neurite.graph.TrainingContext;
import dev.neurite.layers.TensorShape;
import dev.neurite.model.ModelDefinition;

import java.util.Arrays;
import java.util.List;

/**
 * The check before any run, the window's Start and {@code neurite train} alike: a model that the Issues panel and
 * {@code summary} call wrong for the data (its classes included, and the Input against the fit's PCA), or data
 * whose labels go beyond the model's outputs, is refused before the network is compiled or a batch runs. Stateless;
 * runs on the calling thread.
 */
public final class Preflight {

    private Preflight() {
    }

    /**
     * @param dataName names the data set in the message, as the learner chose it (e.g. {@code digits})
     * @throws NeuriteException naming the first problem, its layer and the fix where one exists
     */
    public static void check(ModelDefinition definition, String dataName, TrainTestSets data) {
        DataSet train = data.train();
        ModelAnalysis analysis = definition.graph().analyze();
        List<Diagnostic> errors = TrainingChecks.diagnose(analysis, TrainingContext.of(definition.compile(),
                train.classCount(), dataName).withPcaComponents(definition.fit().pcaComponents())).stream()
                .filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            Diagnostic first = errors.get(0);
            throw new NeuriteException("The model cannot train on '" + dataName + "': "
                    + (first.node() == null ? "" : first.node() + ": ") + first.message()
                    + (first.fix() == null ? "" : " (fix: " + first.fix().label() + ")")
                    + (errors.size() > 1 ? " (" + (errors.size() - 1) + " more problems in the Issues list or "
                    + "'neurite summary')" : ""));
        }
        TensorShape output = analysis.outputShape();
        int outputs = output == null || output.rank() != 1 ? 0 : Math.max(2, output.dim(0));
        List<DataSet> sets = data.test().map(test -> List.of(train, test)).orElse(List.of(train));
        for (DataSet set : sets) {
            int highest = Arrays.stream(set.labels()).max().orElse(0);
            if (outputs > 0 && highest >= outputs) {
                throw new NeuriteException("The labels of '" + set.name() + "' go up to " + highest + " but the "
                        + "model gives " + outputs + " class scores; labels must be 0 to " + (outputs - 1) + ".");
            }
        }
    }
}
