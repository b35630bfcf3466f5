package dev.neurite.app.cli;

import dev.neurite.data.DataSet;
import dev.neurite.data.DataSources;
import dev.neurite.format.WeightsArchive;
import dev.neurite.model.ModelDefinition;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.SettingsException;
import dev.neurite.train.TrainingPreparation;
import dev.neurite.train.crossval.CrossValidation;
import dev.neurite.train.crossval.CrossValidationListener;
import dev.neurite.train.crossval.CrossValidationResult;
import dev.neurite.train.crossval.FoldResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * {@code neurite cross-validate <model> --data D --folds K [--stratified] [--seed S]}: scikit-learn's
 * {@code cross_val_score} for a model: K fresh copies trained on K folds of the training set, a line per fold, then
 * {@code Accuracy: mean +- std (K folds)}. The test set is not used.
 */
@Command(name = "cross-validate",
        description = "Train K fresh copies of a model on K folds of the training set and print each fold's "
                + "accuracy and their mean +- standard deviation, like scikit-learn's cross_val_score.")
final class CrossValidateCommand implements Runnable {

    /** The command line's root: it holds the engine this run computes with. */
    @CommandLine.ParentCommand
    NeuriteCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<template-id|model-file|keras-file>",
            description = "A template id, a model file, or a Keras model (.json config, .keras, .h5).")
    String model;

    @Option(names = "--data", required = true, paramLabel = "<dataset>",
            description = "A data set, as for train; its training set is dealt into the folds.")
    String data;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
            description = "Number of folds, at least 2 (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--stratified",
            description = "Keep each class's share the same in every fold (StratifiedKFold).")
    boolean stratified;

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed that deals the folds and initialises each copy (default: the model's).")
    Long seed;

    @Option(names = "--epochs", paramLabel = "N", description = "Epochs per fold (default: the model's).")
    Integer epochs;

    @Option(names = "--batch-size", paramLabel = "B", description = "Samples per batch (default: the model's).")
    Integer batchSize;

    @Option(names = "--train-samples", paramLabel = "N",
            description = "Deal only the first N training samples into folds (quick runs).")
    Integer trainSamples;

    @Mixin
    PreprocessingOptions preprocessing;

    @Mixin
    ThreadsOption threadsOption;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        threadsOption.apply();
        ModelDefinition definition = ModelLoading.definition(model, spec);
        FitSettings fit = fitSettings(definition.fit());
        DataSet train = DataSources.resolve(data).train();
        if (trainSamples != null && trainSamples > 0 && trainSamples < train.size()) {
            train = train.range(0, trainSamples);
        }
        CrossValidation crossValidation = new CrossValidation(definition.withFit(fit), train, folds, stratified,
                fit.seed(), new TrainingPreparation(root.engine(), new WeightsArchive()::write));
        out.printf(Locale.ROOT, "%d-fold cross-validation%s on %d samples of %s, seed %d%n", folds,
                stratified ? " (stratified)" : "", train.size(), train.name(), fit.seed());
        out.flush();
        CrossValidationResult result = crossValidation.run(new FoldPrinter(out, folds));
        out.println(result.summaryLine());
        out.flush();
    }

    private FitSettings fitSettings(FitSettings base) {
        try {
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
            return fit;
        } catch (SettingsException e) {
            throw e.renamed("--" + e.setting().replace('_', '-'));
        }
    }

    /** Prints a line per fold; called on the thread that runs the cross-validation. */
    private static final class FoldPrinter implements CrossValidationListener {
        private final PrintWriter out;
        private final int folds;

        FoldPrinter(PrintWriter out, int folds) {
            this.out = out;
            this.folds = folds;
        }

        @Override
        public void foldEnded(FoldResult fold) {
            out.printf(Locale.ROOT, "Fold %d/%d - %.1fs - %d trained, %d held out - loss: %.4f - accuracy: %.4f%n",
                    fold.fold(), folds, fold.seconds(), fold.trainSamples(), fold.heldOutSamples(), fold.loss(),
                    fold.accuracy());
            out.flush();
        }
    }
}
