package dev.neurite.layers;

/**
 * A problem a layer sees in its inputs that shape inference alone does not catch.
 *
 * @param error   true if the model cannot be trained this way, false if it is only suspicious
 * @param message a sentence a learner understands
 * @param fix     a suggested change, or null
 */
public record LayerWarning(boolean error, String message, FixAction fix) {
}
