package dev.neurite.engine;

/**
 * The outcome of one batch.
 *
 * @param loss    the batch's mean loss, regularisation included (as Keras reports it)
 * @param correct how many samples the model classified correctly before the update
 * @param count   the number of samples in the batch
 */
public record BatchResult(double loss, int correct, int count) {
}
