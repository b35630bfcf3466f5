package dev.neurite.bench;

import dev.neurite.data.DataSet;
import dev.neurite.data.DataSources;
import dev.neurite.data.batch.Batch;
import dev.neurite.data.batch.BatchOptions;
import dev.neurite.data.batch.BatchPipeline;
import dev.neurite.data.TrainTestSets;
import dev.neurite.engine.CpuEngine;
import dev.neurite.engine.Engine;
import dev.neurite.engine.Network;
import dev.neurite.format.Templates;
import dev.neurite.model.ModelDefinition;
import dev.neurite.train.BatchFeeder;
import dev.neurite.train.EpochMetrics;
import dev.neurite.train.TrainingListener;
import dev.neurite.train.TrainingSession;
import dev.neurite.train.layerstats.EpochLayerStatistics;
import dev.neurite.train.layerstats.LayerStatisticsRecorder;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures what the per-epoch layer statistics cost: the same model and data trained with a listener that asks for
 * them and with one that does not, rounds alternating, each epoch timed from the end of the previous one to the end of
 * its own (the statistics included). Prints the median epoch time of each side over the epochs after the first (the
 * first shares the cores with the JIT) and their ratio. Not a test; run on purpose:
 * {@code java -cp ... dev.neurite.bench.LayerStatisticsOverhead [model] [epochs] [rounds]} (defaults quick-cnn 3 3).
 */
public final class LayerStatisticsOverhead {

    private LayerStatisticsOverhead() {
    }

    public static void main(String[] args) throws InterruptedException {
        String model = args.length > 0 ? args[0] : "quick-cnn";
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        ModelDefinition definition = Templates.resolve(model);
        TrainTestSets digits = DataSources.resolve("digits");
        Engine engine = new CpuEngine();
        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            List<Double> off = epochSeconds(engine, definition, digits, epochs, false);
            List<Double> on = epochSeconds(engine, definition, digits, epochs, true);
            System.out.println("round " + round + ": epochs (s) without " + format(off) + " with " + format(on));
            without.addAll(off.subList(1, off.size()));
            with.addAll(on.subList(1, on.size()));
        }
        double a = median(without);
        double b = median(with);
        System.out.printf(Locale.ROOT, "%s on %d bundled digits, batch %d: median epoch without statistics %.3f s, "
                        + "with %.3f s, ratio %.3f%n", model, digits.train().size(), definition.fit().batchSize(), a, b,
                b / a);
        double direct = directSeconds(engine, definition, digits);
        System.out.printf(Locale.ROOT, "the statistics' own work per epoch (%d gradient reads + the epoch's end), "
                        + "median of 9: %.4f s = %.2f%% of the epoch without statistics%n",
                LayerStatisticsRecorder.GRADIENT_SAMPLES, direct, 100 * direct / a);
    }

    /**
     * Times the recorder's own work for one epoch on a trained network, without training around it (so that other
     * load on the machine blurs it less): {@link LayerStatisticsRecorder#GRADIENT_SAMPLES} gradient reads and the
     * epoch's end (weights, histograms, the probe's forward pass). Median of 9 repetitions after 3 warm-ups.
     */
    private static double directSeconds(Engine engine, ModelDefinition definition, TrainTestSets data) {
        Network network = engine.compile(definition.graph(), definition.compile(), 42);
        DataSet train = data.train();
        Batch first = new BatchPipeline(train, BatchOptions.inOrder(LayerStatisticsRecorder.PROBE_SAMPLES)).epoch(0)
                .next();
        INDArray probe = new BatchFeeder(network.inputShape()).fill(first).dup();
        network.train(probe.get(NDArrayIndex.interval(0, definition.fit().batchSize())).dup(),
                java.util.Arrays.copyOf(first.labels(), definition.fit().batchSize()));
        LayerStatisticsRecorder recorder = new LayerStatisticsRecorder(network);
        List<Double> times = new ArrayList<>();
        for (int repetition = 0; repetition < 12; repetition++) {
            long started = System.nanoTime();
            recorder.epochStarted(LayerStatisticsRecorder.GRADIENT_SAMPLES);
            for (int b = 0; b < LayerStatisticsRecorder.GRADIENT_SAMPLES; b++) {
                recorder.batchEnded(b);
            }
            recorder.epochEnded(1, probe);
            if (repetition >= 3) {
                times.add((System.nanoTime() - started) / 1e9);
            }
        }
        return median(times);
    }

    private static List<Double> epochSeconds(Engine engine, ModelDefinition definition, TrainTestSets data,
                                             int epochs, boolean statistics) throws InterruptedException {
        List<Double> seconds = new ArrayList<>();
        long[] last = new long[1];
        TrainingListener listener = new TrainingListener() {
            @Override
            public void trainingStarted(int count, int batchesPerEpoch) {
                last[0] = System.nanoTime();
            }

            @Override
            public boolean wantsLayerStatistics() {
                return statistics;
            }

            @Override
            public void layersObserved(EpochLayerStatistics observed) {
                // delivered and dropped: the cost measured is the computation's
            }

            @Override
            public void epochEnded(EpochMetrics metrics) {
                long now = System.nanoTime();
                seconds.add((now - last[0]) / 1e9);
                last[0] = now;
            }
        };
        TrainingSession session = new TrainingSession(engine.compile(definition.graph(), definition.compile(), 42),
                data.train(), data.test().orElse(null), definition.fit().withEpochs(epochs), List.of(), listener);
        session.start();
        session.awaitCompletion();
        return seconds;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String format(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList().toString();
    }
}
