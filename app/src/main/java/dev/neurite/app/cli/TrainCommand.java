package dev.neurite.app.cli;

import dev.neurite.NeuriteException;
import dev.neurite.data.DataSources;
import dev.neurite.data.TrainTestSets;
import dev.neurite.engine.Network;
import dev.neurite.engine.PhaseTimer;
import dev.neurite.eval.Evaluation;
import dev.neurite.eval.Evaluator;
import dev.neurite.model.ModelDefinition;
import dev.neurite.imports.ModelFiles;
import dev.neurite.format.SavedModel;
import dev.neurite.engine.FiniteWeights;
import dev.neurite.format.WeightsArchive;
import dev.neurite.graph.KerasStyle;
import dev.neurite.data.DataSet;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.SettingsException;
import dev.neurite.settings.Validation;
import dev.neurite.train.BatchProgress;
import dev.neurite.train.CallbackSettings;
import dev.neurite.train.EpochMetrics;
import dev.neurite.train.Keras3EpochLine;
import dev.neurite.train.Preflight;
import dev.neurite.train.TrainingPreparation;
import dev.neurite.train.TrainingListener;
import dev.neurite.train.TrainingSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code neurite train <model> --data <dataset>}: Keras's fit with one line per epoch, then the test evaluation.
 * Options override the model's fit settings, the pixel scaling and augmentation included; {@code --save} writes the
 * settings used (and the training images' mean and deviation with the weights when standardizing).
 */
@Command(name = "train", description = "Train a model and print a line per epoch, then the test evaluation.")
final class TrainCommand implements Runnable {

    /** The command line's root: it holds the engine this run computes with. */
    @CommandLine.ParentCommand
    NeuriteCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<template-id|model-file|keras-file>",
            description = "A template id, a model file, or a Keras model (.json config, .keras, .h5).")
    String model;

    @Option(names = "--data", required = true, paramLabel = "<dataset>",
            description = "A data set: digits, mnist, fashion-mnist, a folder of IDX files, images,labels[,test-images,"
                    + "test-labels] IDX files, or CSV files.")
    String data;

    @Option(names = "--epochs", paramLabel = "N", description = "Epochs (default: the model's).")
    Integer epochs;

    @Option(names = "--batch-size", paramLabel = "B", description = "Samples per batch (default: the model's).")
    Integer batchSize;

    @Option(names = "--validation-split", paramLabel = "F",
            description = "Validate on the last fraction F of the training data (0 = none; default: the model's).")
    Double validationSplit;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the run (default: the model's).")
    Long seed;

    @Option(names = "--train-samples", paramLabel = "N",
            description = "Train on the first N training samples only (quick runs, benchmarks).")
    Integer trainSamples;

    @Option(names = "--save", paramLabel = "<file.json>",
            description = "Save the trained model there, with its weights in <file>.weights.zip beside it.")
    Path save;

    @Option(names = "--log-style", paramLabel = "keras2|keras3", defaultValue = "keras2",
            converter = KerasStyleConverter.class,
            description = "The per-epoch line: keras2 (\"Epoch 1/5 - 2.1s - loss: ...\", default) or keras3 "
                    + "(\"Epoch 1/5\", then \"422/422 ━━━ 3s 7ms/step - accuracy: ... - loss: ...\" as "
                    + "Keras 3's progress bar ends).")
    KerasStyle logStyle;

    @Option(names = "--profile",
            description = "After training, print a table of each epoch's time by phase: data, forward, metrics, "
                    + "backward, update, evaluation (validation) and other.")
    boolean profile;

    @Mixin
    PreprocessingOptions preprocessing;

    @Mixin
    ThreadsOption threadsOption;

    @Override
    public void run() {
        if (save == null) {
            train(null);
            return;
        }
        SaveTarget.check(save);
        try (SaveInterruption interruption = SaveInterruption.watch(save, spec.commandLine().getErr())) {
            train(interruption);
        }
    }

    /** Trains, evaluates and saves; {@code interruption} is null when nothing is saved. */
    private void train(SaveInterruption interruption) {
        PrintWriter out = spec.commandLine().getOut();
        threadsOption.apply();
        ModelFiles.Resolved resolved = ModelLoading.resolve(model, spec);
        ModelDefinition definition = resolved.definition();
        FitSettings fit = fitSettings(definition.fit());
        TrainTestSets sets = DataSources.resolve(data);
        if (trainSamples != null && trainSamples < 1) {
            throw new NeuriteException("--train-samples must be at least 1; got " + trainSamples + ".");
        }
        Preflight.check(definition.withFit(fit), data, sets);
        int sampleLimit = trainSamples == null ? 0 : trainSamples;
        EpochPrinter printer = new EpochPrinter(out, fit.epochs(), logStyle);
        TrainingPreparation.PreparedTraining prepared = new TrainingPreparation(root.engine(),
                new WeightsArchive()::write).prepare(definition.withFit(fit), CallbackSettings.none(), sets,
                sampleLimit, (settings, samples) -> printer);
        fit = prepared.definition().fit();
        Network network = prepared.network();
        if (!resolved.weights().isEmpty()) {
            var standardization = network.inputStandardization();
            network.setWeights(resolved.weights());
            if (network.inputStandardization() == null && standardization != null) {
                network.setInputStandardization(standardization);
            }
            spec.commandLine().getErr().println("Starting from the weights of " + model + " (" + resolved.format()
                    + ").");
        }
        DataSet test = prepared.test();
        TrainingSession session = prepared.session();
        PhaseTimer timer = profile ? PhaseTimer.recording() : PhaseTimer.OFF;
        session.profileWith(timer);
        session.start();
        try {
            session.awaitCompletion();
        } catch (InterruptedException e) {
            session.stop();
            Thread.currentThread().interrupt();
            return;
        }
        String unusable = printer.unusableModel(network);
        if (unusable != null) {
            throw new NeuriteException(unusable + (save == null ? "" : " Nothing was saved"
                    + (java.nio.file.Files.exists(save) ? "; '" + save + "' was left as it was." : ".")));
        }
        if (test != null) {
            Evaluation evaluation = new Evaluator(fit.batchSize()).evaluate(network, test);
            out.printf(Locale.ROOT, "Test loss: %.4f - test accuracy: %.4f%n", evaluation.loss(),
                    evaluation.accuracy());
        }
        if (profile) {
            ProfileTable.lines(timer.epochs()).forEach(out::println);
        }
        if (interruption != null) {
            interruption.saving();
            save(definition.withFit(fit), network, out);
            interruption.saved();
        }
        out.flush();
    }

    /** The model's fit settings with the options given; a bad value is reported under its option's name. */
    private FitSettings fitSettings(FitSettings base) {
        try {
            return overridden(base);
        } catch (SettingsException e) {
            throw e.renamed("--" + e.setting().replace('_', '-'));
        }
    }

    private FitSettings overridden(FitSettings base) {
        FitSettings fit = preprocessing.applyTo(base);
        if (epochs != null) {
            fit = fit.withEpochs(epochs);
        }
        if (batchSize != null) {
            fit = fit.withBatchSize(batchSize);
        }
        if (seed != null) {
            fit = fit.withSeed(seed);
        }
        if (validationSplit != null) {
            fit = fit.withValidation(validationSplit == 0 ? new Validation.None()
                    : new Validation.Split(validationSplit));
        }
        return fit;
    }

    private void save(ModelDefinition definition, Network network, PrintWriter out) {
        Path weights = SavedModel.weightsFile(save);
        try {
            SavedModel.write(definition, network.weights(), save);
            out.println("Saved " + save + " and " + weights);
            out.flush();
        } catch (IOException e) {
            throw new NeuriteException("Cannot save the model to '" + save + "' (" + e.getMessage() + "); "
                    + (java.nio.file.Files.exists(save) ? "the model saved there before is unchanged." : "nothing "
                    + "was saved."), e);
        }
    }

    /** Prints Keras's epoch lines in the chosen style; called on the training thread. */
    private static final class EpochPrinter implements TrainingListener {
        private final PrintWriter out;
        private final int epochs;
        private final KerasStyle style;
        private volatile EndReason reason;
        private volatile double lastLoss;
        private volatile int steps;
        /** When the epoch's first batch ended (System.nanoTime), or 0: Keras's time per step leaves it out. */
        private volatile long firstStepEnded;

        EpochPrinter(PrintWriter out, int epochs, KerasStyle style) {
            this.out = out;
            this.epochs = epochs;
            this.style = style;
        }

        /**
         * Why the trained network may not be kept, or null when it may: the run ended normally or was stopped
         * with finite weights. Call after the run ended.
         */
        String unusableModel(Network network) {
            if (reason == EndReason.FAILED) {
                return "The run failed.";
            }
            if (!Double.isFinite(lastLoss) || FiniteWeights.firstNonFinite(network.weights()) != null) {
                return "The run diverged (the loss or the weights are not finite numbers).";
            }
            return null;
        }

        @Override
        public void batchEnded(BatchProgress progress) {
            lastLoss = progress.loss();
            steps = progress.batches();
            if (progress.batch() == 1) {
                firstStepEnded = System.nanoTime();
            }
        }

        @Override
        public void epochEnded(EpochMetrics metrics) {
            if (style == KerasStyle.KERAS3) {
                out.println(Keras3EpochLine.header(metrics.epoch(), epochs));
                out.println(Keras3EpochLine.of(metrics, Math.max(1, steps), secondsPerStep(metrics)));
            } else {
                out.println("Epoch " + metrics.epoch() + "/" + epochs + " - " + metrics.toKerasLine());
            }
            firstStepEnded = 0;
            out.flush();
        }

        /** As Keras: the time since the first step ended over the steps after it (the whole epoch if only one). */
        private double secondsPerStep(EpochMetrics metrics) {
            long first = firstStepEnded;
            if (steps > 1 && first != 0) {
                return (System.nanoTime() - first) / 1e9 / (steps - 1);
            }
            return metrics.seconds() / Math.max(1, steps);
        }

        @Override
        public void trainingEnded(EndReason reason, String message) {
            this.reason = reason;
            if (reason != EndReason.COMPLETED) {
                out.println(message);
                out.flush();
            }
        }
    }
}
