package dev.neurite.app.cli;

import dev.neurite.NeuriteException;
import dev.neurite.data.DataSources;
import dev.neurite.engine.CpuEngine;
import dev.neurite.engine.Network;
import dev.neurite.eval.Evaluation;
import dev.neurite.eval.Evaluator;
import dev.neurite.format.ModelDefinition;
import dev.neurite.format.ModelFileFormat;
import dev.neurite.format.Templates;
import dev.neurite.format.WeightsArchive;
import dev.neurite.data.DataSet;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.SettingsException;
import dev.neurite.settings.Validation;
import dev.neurite.train.EpochMetrics;
import dev.neurite.train.TrainingListener;
import dev.neurite.train.RunSetup;
import dev.neurite.train.TrainingSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code neurite train <model> --data <dataset>}: Keras's fit with one line per epoch, then the test evaluation.
 * Options override the model's fit settings, the pixel scaling and augmentation included; {@code --save} writes the
 * settings used (and the training images' mean and deviation with the weights when standardizing).
 */
@Command(name = "train", description = "Train a model and print a line per epoch, then the test evaluation.")
final class TrainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<template-id|model-file>", description = "A template id or a model file.")
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

    @Mixin
    PreprocessingOptions preprocessing;

    @Mixin
    ThreadsOption threadsOption;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        threadsOption.apply();
        ModelDefinition definition = Templates.resolve(model);
        FitSettings fit = fitSettings(definition.fit());
        int sampleLimit = trainSamples == null ? 0 : Math.max(1, trainSamples);
        RunSetup setup = RunSetup.of(DataSources.resolve(data), fit, sampleLimit);
        fit = setup.fit();
        DataSet test = setup.test();
        Network network = setup.compile(definition, new CpuEngine());
        int totalEpochs = fit.epochs();
        TrainingSession session = setup.session(network, List.of(), new EpochPrinter(out, totalEpochs));
        session.start();
        try {
            session.awaitCompletion();
        } catch (InterruptedException e) {
            session.stop();
            Thread.currentThread().interrupt();
            return;
        }
        if (test != null) {
            Evaluation evaluation = new Evaluator(Math.max(fit.batchSize(), 256)).evaluate(network, test);
            out.printf(Locale.ROOT, "Test loss: %.4f - test accuracy: %.4f%n", evaluation.loss(),
                    evaluation.accuracy());
        }
        if (save != null) {
            save(definition.withFit(fit), network, out);
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
        try {
            ModelFileFormat.write(definition, save);
            Path weights = WeightsArchive.besideModel(save);
            new WeightsArchive().write(weights, network.weights());
            out.println("Saved " + save + " and " + weights);
        } catch (IOException e) {
            throw new NeuriteException("Cannot save the model to '" + save + "': " + e.getMessage(), e);
        }
    }

    /** Prints Keras's epoch lines; called on the training thread. */
    private static final class EpochPrinter implements TrainingListener {
        private final PrintWriter out;
        private final int epochs;

        EpochPrinter(PrintWriter out, int epochs) {
            this.out = out;
            this.epochs = epochs;
        }

        @Override
        public void epochEnded(EpochMetrics metrics) {
            out.println("Epoch " + metrics.epoch() + "/" + epochs + " - " + metrics.toKerasLine());
            out.flush();
        }

        @Override
        public void trainingEnded(EndReason reason, String message) {
            if (reason != EndReason.COMPLETED) {
                out.println(message);
                out.flush();
            }
        }
    }
}
