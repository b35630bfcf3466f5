package dev.neurite.data.preprocess;

/**
 * Anti-aliased resizing of grey images: a separable triangle (tent) filter whose support widens by the reduction
 * factor when shrinking, so every source pixel contributes (area-style averaging), and which interpolates linearly
 * when enlarging. Weights are non-negative and normalised, so the output stays within the input's range. Stateless.
 */
final class Resampler {

    private Resampler() {
    }

    /** {@code source} resized to {@code width x height}. */
    static GreyImage resize(GreyImage source, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Target size must be positive; got " + width + "x" + height);
        }
        float[] horizontal = new float[width * source.height()];
        resizeRows(source.raw(), source.width(), source.height(), horizontal, width);
        float[] transposed = transpose(horizontal, width, source.height());
        float[] vertical = new float[height * width];
        resizeRows(transposed, source.height(), width, vertical, height);
        return GreyImage.wrap(width, height, transpose(vertical, height, width));
    }

    /** Resizes each of {@code rows} rows from {@code inLength} to {@code outLength} samples. */
    private static void resizeRows(float[] in, int inLength, int rows, float[] out, int outLength) {
        double scale = (double) outLength / inLength;
        double support = scale < 1 ? 1 / scale : 1;
        for (int o = 0; o < outLength; o++) {
            double centre = (o + 0.5) / scale;
            int first = Math.max(0, (int) Math.floor(centre - support));
            int last = Math.min(inLength - 1, (int) Math.ceil(centre + support));
            double[] weights = new double[last - first + 1];
            double total = 0;
            for (int i = first; i <= last; i++) {
                double weight = Math.max(0, 1 - Math.abs(i + 0.5 - centre) / support);
                weights[i - first] = weight;
                total += weight;
            }
            for (int r = 0; r < rows; r++) {
                double sum = 0;
                int base = r * inLength;
                for (int i = first; i <= last; i++) {
                    sum += weights[i - first] * in[base + i];
                }
                out[r * outLength + o] = total > 0 ? (float) (sum / total) : 0f;
            }
        }
    }

    private static float[] transpose(float[] in, int width, int height) {
        float[] out = new float[in.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out[x * height + y] = in[y * width + x];
            }
        }
        return out;
    }
}
