package dev.neurite.ui.train;

import dev.neurite.data.DataSources;
import dev.neurite.data.TrainTestSets;
import dev.neurite.engine.Engine;
import dev.neurite.format.WeightsArchive;
import dev.neurite.model.ModelDefinition;
import dev.neurite.train.CallbackSettings;
import dev.neurite.train.RunRecord;
import dev.neurite.train.Preflight;
import dev.neurite.train.TrainingPreparation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The slow part of Start, run on a background executor: checks the model, loads the data (once per data set id) and
 * hands both to model-core's {@link TrainingPreparation} (shared with {@code neurite train}), with a listener that
 * feeds the place's event buffer. Thread-safe: the data cache is concurrent.
 */
final class RunPreparation {

    private final Function<String, TrainTestSets> dataSource;
    private final Map<String, TrainTestSets> loaded = new ConcurrentHashMap<>();
    private final TrainingPreparation training;

    /**
     * @param dataSource resolves a data set id, e.g. {@link DataSources#resolve}; called on the background thread
     * @param engine     compiles the networks
     */
    RunPreparation(Function<String, TrainTestSets> dataSource, Engine engine) {
        this.dataSource = dataSource;
        this.training = new TrainingPreparation(engine, new WeightsArchive()::write);
    }

    /** What Start asks for: an immutable snapshot of everything the run needs. */
    record Request(int number, ModelDefinition definition, CallbackSettings callbacks, String datasetId,
                   int sampleLimit, Instant started) {
    }

    /** Background thread: prepares {@code request}; throws with a user-facing message when it cannot. */
    PreparedRun prepare(Request request, EventBuffer buffer) {
        TrainTestSets data = loaded.computeIfAbsent(request.datasetId(), dataSource);
        Preflight.check(request.definition(), request.datasetId(), data);
        TrainingPreparation.PreparedTraining prepared = training.prepare(request.definition(), request.callbacks(),
                data, request.sampleLimit(), (fit, trainSamples) -> new SessionListener(buffer, fit.batchSize(),
                        trainSamples));
        List<dev.neurite.data.SourceFile> files = data.train().provenance().files();
        return new PreparedRun(request.number(), prepared.definition(), request.callbacks(), request.datasetId(),
                RunRecord.fingerprint(files), prepared.network(), prepared.session(), prepared.test(),
                prepared.trainSamples(), request.started());
    }
}
