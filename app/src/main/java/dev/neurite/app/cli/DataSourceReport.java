package dev.neurite.app.cli;

import dev.neurite.data.DataSet;
import dev.neurite.data.TrainTestSets;
import dev.neurite.data.inspect.DataTensors;
import dev.neurite.settings.FitSettings;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints a data source as {@code datasets inspect} shows it: the arrays as loaded and as {@code fit} receives them
 * (Keras's default preparation: {@code / 255} and {@code to_categorical}), the pixel range and the counts per class.
 */
final class DataSourceReport {

    private final PrintWriter out;

    DataSourceReport(PrintWriter out) {
        this.out = out;
    }

    void print(String spec, TrainTestSets sets) {
        DataSet train = sets.train();
        out.println(spec + ": " + train.provenance().source() + ", " + train.classCount() + " classes, "
                + train.height() + "x" + train.width() + " grey images"
                + (sets.test().isPresent() ? "" : ", no test part"));
        out.println();
        out.println("As loaded:");
        DataTensors.loaded(sets).forEach(tensor -> out.println("  " + tensor.text()));
        out.println("After x / 255 and to_categorical(y):");
        DataTensors.prepared(sets, FitSettings.defaults(), Optional.empty())
                .forEach(tensor -> out.println("  " + tensor.text()));
        out.println();
        out.println("pixel range: " + range(train) + " (train)"
                + sets.test().map(test -> ", " + range(test) + " (test)").orElse(""));
        if (!train.isLabelled()) {
            out.println("no labels");
            return;
        }
        int[] trainCounts = train.countsPerClass();
        int[] testCounts = sets.test().filter(DataSet::isLabelled).map(DataSet::countsPerClass).orElse(null);
        out.println("counts per class:");
        out.printf(Locale.ROOT, "  %5s  %-14s %7s%s%n", "label", "class", "train", testCounts == null ? ""
                : String.format(Locale.ROOT, " %7s", "test"));
        for (int label = 0; label < trainCounts.length; label++) {
            out.printf(Locale.ROOT, "  %5d  %-14s %7d%s%n", label, train.classNames().get(label), trainCounts[label],
                    testCounts == null ? "" : String.format(Locale.ROOT, " %7d", testCounts[label]));
        }
        out.printf(Locale.ROOT, "  %5s  %-14s %7d%s%n", "", "total", train.size(), testCounts == null ? ""
                : String.format(Locale.ROOT, " %7d", sets.test().orElseThrow().size()));
    }

    private static String range(DataSet set) {
        int[] range = set.pixelRange();
        return range[0] + " to " + range[1];
    }
}
