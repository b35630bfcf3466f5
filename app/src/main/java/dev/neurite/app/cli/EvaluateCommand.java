package dev.neurite.app.cli;

import dev.neurite.CancellationToken;
import dev.neurite.data.DataSources;
import dev.neurite.data.TrainTestSets;
import dev.neurite.engine.Network;
import dev.neurite.eval.ClassScores;
import dev.neurite.eval.Evaluation;
import dev.neurite.eval.ChunkedEvaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** {@code neurite evaluate <model-file> --data <dataset>}: loss, accuracy, confusion matrix and per-class scores. */
@Command(name = "evaluate", description = "Evaluate a saved model on a data set's test images.")
final class EvaluateCommand implements Runnable {

    /** The command line's root: it holds the engine this run computes with. */
    @CommandLine.ParentCommand
    NeuriteCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<model-file>", description = "A model saved by 'train --save' (weights beside it), "
            + "or a Keras .keras or .h5 model with its weights.")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "<dataset>",
            description = "A data set (as for train); its test set is used, or its only set.")
    String data;

    @Mixin
    ThreadsOption threadsOption;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        threadsOption.apply();
        Network network = ModelLoading.load(model, root.engine());
        TrainTestSets sets = DataSources.resolve(data);
        Evaluation evaluation = ChunkedEvaluation.plain().run(network, sets.test().orElse(sets.train()), done -> { },
                new CancellationToken()).evaluation();
        print(evaluation, out);
        out.flush();
    }

    static void print(Evaluation evaluation, PrintWriter out) {
        out.printf(Locale.ROOT, "Test loss: %.4f - test accuracy: %.4f%n", evaluation.loss(), evaluation.accuracy());
        out.println("Confusion matrix (rows: true class, columns: predicted):");
        for (int[] row : evaluation.confusion()) {
            StringBuilder line = new StringBuilder("  ");
            for (int count : row) {
                line.append(String.format(Locale.ROOT, "%6d", count));
            }
            out.println(line);
        }
        out.println("class  precision  recall  f1-score  support");
        for (ClassScores s : evaluation.perClass()) {
            out.printf(Locale.ROOT, "%5d  %9.4f  %6.4f  %8.4f  %7d%n", s.label(), s.precision(), s.recall(), s.f1(),
                    s.support());
        }
        out.println(evaluation.misclassified().size() + " test images misclassified.");
    }
}
