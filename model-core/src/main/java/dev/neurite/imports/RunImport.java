package dev.neurite.imports;

import dev.neurite.format.Project;
import dev.neurite.format.TrainedWeights;
import dev.neurite.imports.keras.ImportedModel;
import dev.neurite.train.CallbackSettings;
import dev.neurite.train.EpochMetrics;
import dev.neurite.train.RunRecord;
import dev.neurite.train.TrainingListener;

import java.time.Instant;
import java.util.List;

/**
 * A model trained elsewhere (a Keras file, with its history when there is one) as a run of a project: the run
 * records the imported model, its epochs and a message naming the file; its weights become the project's kept model,
 * so the Test place tests it and the Train place draws its curves beside the local runs. Stateless.
 */
public final class RunImport {

    private RunImport() {
    }

    /**
     * {@code project} with one more run for {@code model}, numbered after its last run.
     *
     * @param history the epochs Keras recorded, oldest first; may be empty
     * @param source  the file's name, for the run's message
     */
    public static Project add(Project project, ImportedModel model, List<EpochMetrics> history, String source) {
        int number = project.runs().stream().mapToInt(RunRecord::number).max().orElse(0) + 1;
        double seconds = history.stream().mapToDouble(EpochMetrics::seconds).sum();
        RunRecord run = new RunRecord(number, Instant.now(), seconds, model.definition(), CallbackSettings.none(),
                project.dataset(), "", history, 0, TrainingListener.EndReason.COMPLETED,
                "Imported from " + source + " (" + model.format() + "), trained elsewhere"
                        + (history.isEmpty() ? "." : " for " + history.size() + " epochs."),
                Double.NaN, Double.NaN);
        Project withRun = project.withRun(run);
        return model.hasWeights() ? withRun.withWeights(TrainedWeights.of(number, model.weights())) : withRun;
    }
}
