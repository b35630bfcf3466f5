package dev.neurite.eval;

import dev.neurite.CancellationToken;
import dev.neurite.data.DataSet;
import dev.neurite.data.digits.BundledDigits;
import dev.neurite.engine.CpuEngine;
import dev.neurite.engine.Network;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keras's evaluate in chunks: the same result as in one go, rising progress that ends at 1, cancel between chunks. */
class ChunkedEvaluationTest {

    private static Network network;
    private static DataSet test;

    @BeforeAll
    static void load() {
        network = TrainedModels.pretrained(new CpuEngine());
        test = BundledDigits.load().test().orElseThrow().range(0, 400);
    }

    @Test
    void chunksGiveWhatOneEvaluationGivesWithProgressUpToOne() {
        List<Double> progress = new ArrayList<>();
        ChunkedEvaluation.Result chunked = ChunkedEvaluation.plain().run(network, test, progress::add,
                new CancellationToken());
        Evaluation whole = new Evaluator(256).evaluate(network, test);

        assertEquals(whole.accuracy(), chunked.evaluation().accuracy(), 1e-12);
        assertEquals(whole.loss(), chunked.evaluation().loss(), 1e-5);
        assertArrayEquals(whole.confusion(), chunked.evaluation().confusion());
        assertEquals(test.size(), chunked.outputs().length);
        assertEquals(1.0, progress.get(progress.size() - 1));
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) > progress.get(i - 1));
        }
    }

    @Test
    void aCancelledTokenStopsBeforeTheNextChunk() {
        CancellationToken cancel = new CancellationToken();
        List<Double> progress = new ArrayList<>();
        ChunkedEvaluation stopsAfterTwo = new ChunkedEvaluation(() -> {
            if (progress.size() == 2) {
                cancel.cancel();
            }
        });

        assertThrows(CancellationException.class, () -> stopsAfterTwo.run(network, test, progress::add, cancel));
        assertEquals(2, progress.size());
    }
}
