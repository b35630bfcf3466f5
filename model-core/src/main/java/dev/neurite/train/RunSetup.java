package dev.neurite.train;

import dev.neurite.data.DataSet;
import dev.neurite.data.TrainTestSets;
import dev.neurite.engine.Engine;
import dev.neurite.engine.Network;
import dev.neurite.format.ModelDefinition;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.Validation;

import java.util.List;
import java.util.Objects;

/**
 * The data and settings one run trains with, prepared the one way the window, the command line and
 * cross-validation share: the first {@code sampleLimit} training samples when a limit is given, and validation on
 * the test set turned off when the data has no test set. Immutable.
 *
 * @param train the training samples (a validation split is still taken from their end by the session)
 * @param test  the test set, or null when the data has none
 * @param fit   the fit settings as the run uses them
 */
public record RunSetup(DataSet train, DataSet test, FitSettings fit) {

    public RunSetup {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(fit, "fit");
    }

    /**
     * The setup for {@code fit} on {@code data}.
     *
     * @param sampleLimit train on the first this many samples only; 0 or more than there are: all
     */
    public static RunSetup of(TrainTestSets data, FitSettings fit, int sampleLimit) {
        DataSet train = data.train();
        if (sampleLimit > 0 && sampleLimit < train.size()) {
            train = train.range(0, sampleLimit);
        }
        DataSet test = data.test().orElse(null);
        FitSettings used = fit.validation() instanceof Validation.TestSet && test == null
                ? fit.withValidation(new Validation.None()) : fit;
        return new RunSetup(train, test, used);
    }

    /** Samples trained per epoch: the training samples without the validation split. */
    public int trainSamples() {
        return fit.validation() instanceof Validation.Split split
                ? (int) (train.size() * (1 - split.fraction())) : train.size();
    }

    /** A fresh network for {@code definition}, initialised from this fit's seed; on the calling thread. */
    public Network compile(ModelDefinition definition, Engine engine) {
        return engine.compile(definition.graph(), definition.compile(), fit.seed());
    }

    /**
     * A session, not started, training {@code network} on this setup.
     *
     * @throws dev.neurite.NeuriteException when the data and settings cannot train (see {@link TrainingSession})
     */
    public TrainingSession session(Network network, List<Callback> callbacks, TrainingListener listener) {
        return new TrainingSession(network, train, test, fit, callbacks, listener);
    }
}
