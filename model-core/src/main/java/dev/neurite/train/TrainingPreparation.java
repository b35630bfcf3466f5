package dev.neurite.train;

import dev.neurite.NeuriteException;
import dev.neurite.data.DataSet;
import dev.neurite.data.TrainTestSets;
import dev.neurite.engine.Engine;
import dev.neurite.engine.Network;
import dev.neurite.model.ModelDefinition;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.Validation;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Objects;

/**
 * Turns a model definition and its data into a training session ready to start: what the window's Start and
 * {@code neurite train} do alike. Creates the checkpoint folder, keeps the first {@code sampleLimit} training
 * samples, validates on nothing when the settings ask for the test set and there is none, compiles the network with
 * the run's seed and builds the session with the callbacks in force.
 *
 * <p>Slow (compiles the network): call it on a background thread in the window. Thread-safe: it keeps no state.
 */
public final class TrainingPreparation {

    private final Engine engine;
    private final WeightsWriter checkpointWriter;

    /**
     * @param engine           compiles the network
     * @param checkpointWriter writes the checkpoint callback's weights files ({@code new WeightsArchive()::write})
     */
    public TrainingPreparation(Engine engine, WeightsWriter checkpointWriter) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.checkpointWriter = Objects.requireNonNull(checkpointWriter, "checkpointWriter");
    }

    /** Makes the run's listener once the samples it trains on per epoch are known. */
    @FunctionalInterface
    public interface ListenerFactory {

        /**
         * @param fit          the fit settings in force (validation may have fallen back to none)
         * @param trainSamples samples trained on per epoch (the validation split taken off)
         */
        TrainingListener listenerFor(FitSettings fit, int trainSamples);
    }

    /**
     * Prepares a run of {@code definition} on {@code data}.
     *
     * @param sampleLimit train on the first so many training samples; 0 or less for all
     * @throws NeuriteException with a message for the learner when the checkpoint folder cannot be made or the model
     *                          cannot be compiled
     */
    public PreparedTraining prepare(ModelDefinition definition, CallbackSettings callbacks, TrainTestSets data,
                                    int sampleLimit, ListenerFactory listeners) {
        if (callbacks.checkpoint() != null) {
            try {
                Files.createDirectories(callbacks.checkpoint().folder());
            } catch (IOException e) {
                throw new NeuriteException("Cannot create the checkpoint folder '" + callbacks.checkpoint().folder()
                        + "': " + e.getMessage(), e);
            }
        }
        DataSet train = data.train();
        if (sampleLimit > 0 && sampleLimit < train.size()) {
            train = train.range(0, sampleLimit);
        }
        DataSet test = data.test().orElse(null);
        FitSettings fit = definition.fit();
        if (fit.validation() instanceof Validation.TestSet && test == null) {
            fit = fit.withValidation(new Validation.None());
        }
        Network network = engine.compile(definition.graph(), definition.compile(), fit.seed());
        int trainSamples = fit.validation() instanceof Validation.Split split
                ? (int) (train.size() * (1 - split.fraction())) : train.size();
        TrainingSession session = new TrainingSession(network, train, test, fit,
                callbacks.toCallbacks(checkpointWriter), listeners.listenerFor(fit, trainSamples));
        return new PreparedTraining(definition.withFit(fit), network, session, train, test, trainSamples);
    }

    /**
     * A run ready to start.
     *
     * @param definition   the definition with the fit settings in force
     * @param network      the compiled network the session trains
     * @param session      the session, not yet started
     * @param train        the training samples (the validation split still inside)
     * @param test         the test set, or null
     * @param trainSamples samples trained on per epoch
     */
    public record PreparedTraining(ModelDefinition definition, Network network, TrainingSession session,
                                   DataSet train, DataSet test, int trainSamples) {
    }
}
