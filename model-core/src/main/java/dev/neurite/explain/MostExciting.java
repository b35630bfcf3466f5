package dev.neurite.explain;

import dev.neurite.data.DataSet;
import dev.neurite.data.batch.Batch;
import dev.neurite.data.batch.BatchOptions;
import dev.neurite.data.batch.BatchPipeline;
import dev.neurite.CancellationToken;
import dev.neurite.engine.Network;
import dev.neurite.train.BatchFeeder;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Arrays;
import java.util.Iterator;
import java.util.PriorityQueue;
import java.util.function.IntConsumer;

/**
 * For every channel (feature map) or unit of one layer: the images of a data set that excite it most, ranked by the
 * mean of the channel's activation over its feature map (a unit's value for vectors). Images go in as prediction takes
 * them (in order, never augmented, standardized by the network). Immutable.
 *
 * @param layer   the layer's name
 * @param ranked  per channel, the indices into the data set of the top images, strongest first
 * @param scores  per channel, their mean activations, in the same order
 */
public record MostExciting(String layer, int[][] ranked, float[][] scores) {

    public MostExciting {
        ranked = Arrays.stream(ranked).map(int[]::clone).toArray(int[][]::new);
        scores = Arrays.stream(scores).map(float[]::clone).toArray(float[][]::new);
    }

    /** Images per forward pass. */
    private static final int BATCH = 100;

    /** The top images of {@code channel}: indices into the data set, strongest first. */
    public int[] images(int channel) {
        return ranked[channel].clone();
    }

    /** The mean activations of {@link #images(int)}, in the same order. */
    public float[] scores(int channel) {
        return scores[channel].clone();
    }

    /** The number of channels (feature maps) or units ranked. */
    public int channels() {
        return ranked.length;
    }

    /**
     * Ranks every image of {@code set} for every channel of {@code layer}. Runs on the calling thread (a background
     * thread: one forward pass up to the layer per {@value #BATCH} images, seconds for 10,000 images on a CNN) and
     * checks {@code cancel} between batches.
     *
     * @param top      how many images to keep per channel
     * @param progress told the number of images done after each batch, on the calling thread
     * @return the ranking, or null when cancelled
     */
    public static MostExciting compute(Network network, DataSet set, String layer, int top, CancellationToken cancel,
                                       IntConsumer progress) {
        if (!network.layerNames().contains(layer)) {
            throw new ExplainException("The model has no layer '" + layer + "'.");
        }
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1; got " + top);
        }
        BatchFeeder feeder = new BatchFeeder(network.inputShape());
        Iterator<Batch> batches = new BatchPipeline(set, BatchOptions.inOrder(BATCH)).epoch(0);
        PriorityQueue<long[]>[] heaps = null;
        int start = 0;
        while (batches.hasNext()) {
            if (cancel.isCancelled()) {
                return null;
            }
            Batch batch = batches.next();
            INDArray out = network.layerOutput(feeder.fill(batch), layer);
            int n = batch.size();
            long[] shape = out.shape();
            int channels = (int) shape[shape.length - 1];
            boolean image = shape.length == 4;
            int perSample = (int) (out.length() / n);
            float[] values = out.reshape(out.length()).toFloatVector();
            if (heaps == null) {
                heaps = newHeaps(image ? channels : perSample);
            }
            int width = heaps.length;
            for (int i = 0; i < n; i++) {
                float[] means = new float[width];
                if (image) {
                    for (int k = 0; k < perSample; k++) {
                        means[k % channels] += values[i * perSample + k];
                    }
                    int pixels = perSample / channels;
                    for (int c = 0; c < channels; c++) {
                        means[c] /= pixels;
                    }
                } else {
                    System.arraycopy(values, i * perSample, means, 0, perSample);
                }
                for (int c = 0; c < width; c++) {
                    offer(heaps[c], means[c], start + i, top);
                }
            }
            start += n;
            progress.accept(start);
        }
        if (heaps == null) {
            return new MostExciting(layer, new int[0][], new float[0][]);
        }
        int[][] ranked = new int[heaps.length][];
        float[][] scores = new float[heaps.length][];
        for (int c = 0; c < heaps.length; c++) {
            long[][] entries = heaps[c].toArray(new long[0][]);
            Arrays.sort(entries, (a, b) -> a[0] != b[0] ? Float.compare(Float.intBitsToFloat((int) b[0]),
                    Float.intBitsToFloat((int) a[0])) : Long.compare(a[1], b[1]));
            ranked[c] = Arrays.stream(entries).mapToInt(e -> (int) e[1]).toArray();
            scores[c] = new float[entries.length];
            for (int k = 0; k < entries.length; k++) {
                scores[c][k] = Float.intBitsToFloat((int) entries[k][0]);
            }
        }
        return new MostExciting(layer, ranked, scores);
    }

    @SuppressWarnings("unchecked")
    private static PriorityQueue<long[]>[] newHeaps(int count) {
        PriorityQueue<long[]>[] heaps = new PriorityQueue[count];
        for (int c = 0; c < count; c++) {
            // Smallest score on top (ties: the later image), so the weakest kept image is dropped first.
            heaps[c] = new PriorityQueue<>((a, b) -> {
                int byScore = Float.compare(Float.intBitsToFloat((int) a[0]), Float.intBitsToFloat((int) b[0]));
                return byScore != 0 ? byScore : Long.compare(b[1], a[1]);
            });
        }
        return heaps;
    }

    private static void offer(PriorityQueue<long[]> heap, float score, int index, int top) {
        long[] entry = {Float.floatToRawIntBits(score), index};
        if (heap.size() < top) {
            heap.add(entry);
        } else if (heap.comparator().compare(entry, heap.peek()) > 0) {
            heap.poll();
            heap.add(entry);
        }
    }
}
