package dev.neurite.ui.draw;

import dev.neurite.data.preprocess.DigitPreprocessor;
import dev.neurite.engine.Network;
import dev.neurite.eval.Evaluator;

import java.util.Arrays;

/**
 * Runs the drawing's prediction path (preprocessing a canvas-sized drawing, one forward pass) a few times on a
 * synthetic "1", so that the learner's first stroke does not pay for class loading, JIT compilation and the network's
 * first buffers: measured 120-230 ms for the first stroke without it, a few milliseconds after. Stateless.
 *
 * <p>Threading: any thread; meant for a background thread (it takes a few hundred milliseconds cold). The network
 * locks itself, so an evaluation may use it meanwhile.
 */
public final class PredictionWarmUp {

    /** Enough runs for the preprocessor's per-pixel loops to be compiled. */
    static final int RUNS = 4;

    private PredictionWarmUp() {
    }

    /** Warms the preprocessor up, and the network when there is one (null: preprocessing only). */
    public static void run(DigitPreprocessor preprocessor, Network network) {
        int side = (int) DrawingCanvas.SIZE;
        int[] one = new int[side * side];
        Arrays.fill(one, 0xFFFFFFFF);
        for (int y = side / 4; y < side * 3 / 4; y++) {
            for (int x = side / 2 - 8; x < side / 2 + 8; x++) {
                one[y * side + x] = 0xFF000000;
            }
        }
        for (int i = 0; i < RUNS; i++) {
            float[] input = preprocessor.processArgb(one, side, side).input();
            if (network != null) {
                Evaluator.predict(network, input);
            }
        }
    }
}
