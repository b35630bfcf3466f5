package dev.neurite.ui.evaluation;

import dev.neurite.data.DataSet;
import dev.neurite.eval.Evaluator;
import dev.neurite.eval.TrainedModel;
import dev.neurite.train.BatchFeeder;
import dev.neurite.ui.common.InteractiveFirst;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Evaluates a model on the test set in short chunks (see {@link ChunkSizer}), so that progress can be shown, the work
 * cancelled between chunks, and predictions of the learner's drawing go first: before each chunk the job waits while
 * one is in flight ({@link InteractiveFirst}).
 *
 * <p>Threading: runs on the calling thread (a background thread); the callbacks are called on it too.
 */
final class EvaluationJob {

    /** Progress is reported when it has grown by at least this fraction, and at the end. */
    static final double PROGRESS_STEP = 0.01;

    private final InteractiveFirst interactive;

    EvaluationJob(InteractiveFirst interactive) {
        this.interactive = interactive;
    }

    /**
     * @param progress  receives the fraction done in (0, 1], at least every {@link #PROGRESS_STEP} and at the end
     * @param cancelled polled before each chunk
     * @throws CancellationException when {@code cancelled} said so, or the thread was interrupted
     */
    TestResults run(TrainedModel model, DataSet testSet, DoubleConsumer progress, BooleanSupplier cancelled) {
        float[][] outputs = new float[testSet.size()][];
        ChunkSizer sizer = new ChunkSizer();
        BatchFeeder feeder = new BatchFeeder(model.network().inputShape());
        double reported = 0;
        for (int start = 0; start < testSet.size(); ) {
            awaitInteractiveWork();
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Evaluation cancelled");
            }
            int end = Math.min(testSet.size(), start + sizer.next());
            long began = System.nanoTime();
            Evaluator.predictBatch(model.network(), testSet, start, end - start, feeder, outputs);
            sizer.took(end - start, System.nanoTime() - began);
            start = end;
            double fraction = (double) end / testSet.size();
            if (fraction - reported >= PROGRESS_STEP || end == testSet.size()) {
                reported = fraction;
                progress.accept(fraction);
            }
        }
        return new TestResults(model, testSet, Evaluator.summarise(model.network(), testSet, outputs), outputs);
    }

    private void awaitInteractiveWork() {
        try {
            interactive.awaitNone(InteractiveFirst.DEFAULT_MAX_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Evaluation interrupted");
        }
    }
}
