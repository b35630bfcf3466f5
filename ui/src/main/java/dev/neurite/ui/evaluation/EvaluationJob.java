package dev.neurite.ui.evaluation;

import dev.neurite.eval.ChunkedEvaluation;
import dev.neurite.ui.common.InteractiveFirst;

import java.util.concurrent.CancellationException;

/**
 * The Test place's evaluation: the core's {@link ChunkedEvaluation}, letting predictions of the learner's drawing go
 * first (before each chunk it waits while one is in flight, {@link InteractiveFirst}). Stateless.
 */
final class EvaluationJob {

    private EvaluationJob() {
    }

    /** A chunked evaluation that waits before each chunk while {@code interactive} work is in flight. */
    static ChunkedEvaluation lettingInteractiveWorkFirst(InteractiveFirst interactive) {
        return new ChunkedEvaluation(() -> {
            try {
                interactive.awaitNone(InteractiveFirst.DEFAULT_MAX_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("Evaluation interrupted");
            }
        });
    }
}
