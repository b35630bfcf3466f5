package dev.neurite.ui.draw;

import dev.neurite.data.preprocess.DigitWarning;
import dev.neurite.data.preprocess.PreprocessedDigit;
import dev.neurite.engine.Network;
import dev.neurite.explain.Activations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the network made of one drawing: every preprocessing step and the class probabilities. Immutable.
 *
 * @param digit         the preprocessor's steps and warnings
 * @param probabilities one value per class, or null when no model was asked (no model yet, or an empty canvas)
 * @param layers        every layer's output for the digit when they were asked for with the prediction (the Inside
 *                      view is shown: one forward pass for both), else null
 * @param network       the network that computed {@code layers}, or null
 */
public record DigitPrediction(PreprocessedDigit digit, float[] probabilities, Activations layers, Network network) {

    /** Below this top probability the answer is flagged as unsure. */
    public static final double LOW_CONFIDENCE = 0.6;

    public DigitPrediction {
        Objects.requireNonNull(digit, "digit");
        probabilities = probabilities == null ? null : probabilities.clone();
    }

    /** A prediction without the layers' outputs. */
    public DigitPrediction(PreprocessedDigit digit, float[] probabilities) {
        this(digit, probabilities, null, null);
    }

    @Override
    public float[] probabilities() {
        return probabilities == null ? null : probabilities.clone();
    }

    /** Whether the model gave probabilities. */
    public boolean hasProbabilities() {
        return probabilities != null;
    }

    /** The classes ordered from most to least probable, at most {@code count} of them; empty without probabilities. */
    public List<Integer> top(int count) {
        return ranking(probabilities, count);
    }

    /** The classes of {@code probabilities} from most to least probable, at most {@code count}; empty for null. */
    public static List<Integer> ranking(float[] probabilities, int count) {
        if (probabilities == null) {
            return List.of();
        }
        Integer[] order = new Integer[probabilities.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Float.compare(probabilities[b], probabilities[a]));
        return List.of(Arrays.copyOf(order, Math.min(count, order.length)));
    }

    /** Sentences for the learner: the preprocessor's warnings, then a low-confidence note. Empty when all is well. */
    public List<String> warnings() {
        List<String> messages = new ArrayList<>();
        for (DigitWarning warning : DigitWarning.values()) {
            if (digit.warnings().contains(warning)) {
                messages.add(warning == DigitWarning.EMPTY ? "The canvas is empty: draw a digit." : warning.message());
            }
        }
        if (probabilities != null && !digit.isEmpty()) {
            int best = top(1).get(0);
            if (probabilities[best] < LOW_CONFIDENCE) {
                messages.add(String.format(java.util.Locale.ROOT, "The model is unsure: its best guess, %d, has "
                        + "only %.0f%%. Draw the digit larger and centred, in one or two strokes.", best,
                        probabilities[best] * 100));
            }
        }
        return messages;
    }
}
