package dev.neurite.data.batch;

import dev.neurite.data.DataSet;

/**
 * How raw pixels (0-255) become network inputs: {@code input = raw * multiplier + offset}. The default divides by 255
 * (inputs in [0, 1]); {@link #standardised} subtracts the training set's mean and divides by its standard deviation
 * (both measured on [0, 1] values). Immutable.
 *
 * @param multiplier factor applied to the raw value; finite and non-zero
 * @param offset     added after multiplying; finite
 */
public record PixelScaling(float multiplier, float offset) {

    public PixelScaling {
        if (!Float.isFinite(multiplier) || multiplier == 0 || !Float.isFinite(offset)) {
            throw new IllegalArgumentException("Pixel scaling must be finite and non-zero; got x*" + multiplier + "+"
                    + offset);
        }
    }

    /** {@code raw / 255}: inputs in [0, 1]. */
    public static PixelScaling unitRange() {
        return new PixelScaling(1f / 255f, 0f);
    }

    /** {@code (raw / 255 - mean) / deviation} with the mean and standard deviation of {@code training}'s pixels. */
    public static PixelScaling standardised(DataSet training) {
        double sum = 0;
        double squares = 0;
        long count = 0;
        float[] image = new float[training.pixelsPerImage()];
        for (int i = 0; i < training.size(); i++) {
            training.copyImage(i, image, 0);
            for (float value : image) {
                sum += value;
                squares += (double) value * value;
            }
            count += image.length;
        }
        double mean = count == 0 ? 0 : sum / count;
        double deviation = count == 0 ? 1 : Math.sqrt(Math.max(0, squares / count - mean * mean));
        if (deviation < 1e-6) {
            deviation = 1;
        }
        return new PixelScaling((float) (1 / (255 * deviation)), (float) (-mean / deviation));
    }

    /** The input for raw value {@code raw}. */
    public float apply(float raw) {
        return raw * multiplier + offset;
    }
}
