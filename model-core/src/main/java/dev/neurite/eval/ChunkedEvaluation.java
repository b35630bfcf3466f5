package dev.neurite.eval;

import dev.neurite.CancellationToken;
import dev.neurite.data.DataSet;
import dev.neurite.engine.Network;
import dev.neurite.train.BatchFeeder;

import java.util.concurrent.CancellationException;
import java.util.function.DoubleConsumer;

/**
 * Keras's {@code evaluate} in short chunks (sized by {@link ChunkSizer}), so that progress can be shown, the work
 * cancelled between chunks, and other work on the same network let in between them ({@code beforeChunk}: the window
 * lets a prediction of the learner's drawing go first). The window's Test place and the command line's
 * {@code evaluate} both use it.
 *
 * <p>Threading: {@link #run} runs on the calling thread (a background thread in the window); its callbacks are called
 * on it too. One instance may run several evaluations, one after another or at once.
 */
public final class ChunkedEvaluation {

    /** Progress is reported when it has grown by at least this fraction, and at the end. */
    public static final double PROGRESS_STEP = 0.01;

    private final Runnable beforeChunk;

    /**
     * @param beforeChunk runs before each chunk, e.g. waits while interactive work is in flight; it may throw
     *                    {@link CancellationException} to stop the evaluation
     */
    public ChunkedEvaluation(Runnable beforeChunk) {
        this.beforeChunk = beforeChunk;
    }

    /** An evaluation that lets nothing in between its chunks (the command line). */
    public static ChunkedEvaluation plain() {
        return new ChunkedEvaluation(() -> { });
    }

    /**
     * The evaluation and every sample's output.
     *
     * @param evaluation loss, accuracy, confusion matrix, per-class scores, mistakes
     * @param outputs    the network's output per sample of the set, {@code [size][classes]}
     */
    public record Result(Evaluation evaluation, float[][] outputs) {
    }

    /**
     * Evaluates {@code network} on the labelled {@code set}.
     *
     * @param progress receives the fraction done in (0, 1], at least every {@link #PROGRESS_STEP} and at the end
     * @param cancel   checked before each chunk
     * @throws CancellationException when {@code cancel} was cancelled, or {@code beforeChunk} said so
     */
    public Result run(Network network, DataSet set, DoubleConsumer progress, CancellationToken cancel) {
        float[][] outputs = new float[set.size()][];
        ChunkSizer sizer = new ChunkSizer();
        BatchFeeder feeder = new BatchFeeder(network.inputShape());
        double reported = 0;
        for (int start = 0; start < set.size(); ) {
            beforeChunk.run();
            if (cancel.isCancelled()) {
                throw new CancellationException("Evaluation cancelled");
            }
            int end = Math.min(set.size(), start + sizer.next());
            long began = System.nanoTime();
            Evaluator.predictBatch(network, set, start, end - start, feeder, outputs);
            sizer.took(end - start, System.nanoTime() - began);
            start = end;
            double fraction = (double) end / set.size();
            if (fraction - reported >= PROGRESS_STEP || end == set.size()) {
                reported = fraction;
                progress.accept(fraction);
            }
        }
        return new Result(Evaluator.summarise(network, set, outputs), outputs);
    }
}
