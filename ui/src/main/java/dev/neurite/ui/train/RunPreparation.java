package dev.neurite.ui.train;

import dev.neurite.data.DataSet;
import dev.neurite.data.DataSources;
import dev.neurite.data.TrainTestSets;
import dev.neurite.engine.CpuEngine;
import dev.neurite.engine.Network;
import dev.neurite.format.ModelDefinition;
import dev.neurite.graph.ModelAnalysis;
import dev.neurite.settings.FitSettings;
import dev.neurite.train.CallbackSettings;
import dev.neurite.train.RunRecord;
import dev.neurite.train.RunSetup;
import dev.neurite.train.TrainingSession;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Loads the data (once per data set id), compiles the model and builds the session: the slow part of Start, run on a
 * background executor. Thread-safe: the data cache is concurrent.
 */
final class RunPreparation {

    private final Function<String, TrainTestSets> dataSource;
    private final Map<String, TrainTestSets> loaded = new ConcurrentHashMap<>();

    /** @param dataSource resolves a data set id, e.g. {@link DataSources#resolve}; called on the background thread */
    RunPreparation(Function<String, TrainTestSets> dataSource) {
        this.dataSource = dataSource;
    }

    /** What Start asks for: an immutable snapshot of everything the run needs. */
    record Request(int number, ModelDefinition definition, CallbackSettings callbacks, String datasetId,
                   int sampleLimit, Instant started) {
    }

    /** Background thread: prepares {@code request}; throws with a user-facing message when it cannot. */
    PreparedRun prepare(Request request, EventBuffer buffer) {
        ModelAnalysis analysis = request.definition().graph().analyze();
        analysis.diagnostics().stream().filter(dev.neurite.graph.Diagnostic::isError).findFirst()
                .ifPresent(d -> {
                    throw new IllegalStateException("The model cannot be trained yet: " + d.message());
                });
        if (request.callbacks().checkpoint() != null) {
            try {
                java.nio.file.Files.createDirectories(request.callbacks().checkpoint().folder());
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Cannot create the checkpoint folder '"
                        + request.callbacks().checkpoint().folder() + "': " + e.getMessage(), e);
            }
        }
        TrainTestSets data = loaded.computeIfAbsent(request.datasetId(), dataSource);
        RunSetup setup = RunSetup.of(data, request.definition().fit(), request.sampleLimit());
        FitSettings fit = setup.fit();
        Network network = setup.compile(request.definition(), new CpuEngine());
        int trainSamples = setup.trainSamples();
        TrainingSession session = setup.session(network, request.callbacks().toCallbacks(),
                new SessionListener(buffer, fit.batchSize(), trainSamples));
        DataSet test = setup.test();
        List<dev.neurite.data.SourceFile> files = data.train().provenance().files();
        return new PreparedRun(request.number(), request.definition().withFit(fit), request.callbacks(),
                request.datasetId(), RunRecord.fingerprint(files), network, session, test, trainSamples,
                request.started());
    }
}
