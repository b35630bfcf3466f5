package dev.neurite.train;

/**
 * Progress within an epoch after a batch, as Keras's progress bar shows it.
 *
 * @param epoch    1-based epoch number
 * @param batch    1-based batch number within the epoch
 * @param batches  batches per epoch
 * @param loss     the running mean loss of the epoch so far (weighted by batch size)
 * @param accuracy the running accuracy of the epoch so far
 */
public record BatchProgress(int epoch, int batch, int batches, double loss, double accuracy) {
}
