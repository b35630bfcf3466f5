package dev.neurite.ui.evaluation;

import dev.neurite.data.DataSet;
import dev.neurite.eval.Evaluator;
import dev.neurite.eval.TrainedModel;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Evaluates a model on the test set in chunks, so that progress can be shown and the work cancelled between chunks.
 * Runs on the calling thread (a background thread); the callbacks are called on it too.
 */
final class EvaluationJob {

    /** Test images per chunk: about a tenth of a second of work for the templates on two cores. */
    static final int CHUNK = 250;

    private final Evaluator evaluator = new Evaluator(CHUNK);

    /**
     * @param progress  receives the fraction done in [0, 1] after each chunk
     * @param cancelled polled before each chunk
     * @throws CancellationException when {@code cancelled} said so
     */
    TestResults run(TrainedModel model, DataSet testSet, DoubleConsumer progress, BooleanSupplier cancelled) {
        float[][] outputs = new float[testSet.size()][];
        for (int start = 0; start < testSet.size(); start += CHUNK) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Evaluation cancelled");
            }
            int end = Math.min(testSet.size(), start + CHUNK);
            float[][] chunk = evaluator.predict(model.network(), testSet.range(start, end));
            System.arraycopy(chunk, 0, outputs, start, chunk.length);
            progress.accept((double) end / testSet.size());
        }
        return new TestResults(model, testSet, Evaluator.summarise(model.network(), testSet, outputs), outputs);
    }
}
