package dev.neurite.explain;

import dev.neurite.layers.TensorShape;

/**
 * How a network's per-sample input is laid out as an image: {@code (H, W, C)} channels-last, {@code (H, W)}, or a flat
 * vector of a square number of pixels (an MLP's 784 values read as 28x28). Immutable.
 *
 * @param height   image rows
 * @param width    image columns
 * @param channels values per pixel (1 for grey digits)
 */
public record InputGeometry(int height, int width, int channels) {

    public InputGeometry {
        if (height < 1 || width < 1 || channels < 1) {
            throw new IllegalArgumentException("An image needs positive sizes; got " + height + "x" + width + "x"
                    + channels);
        }
    }

    /**
     * The image layout of {@code inputShape}.
     *
     * @throws ExplainException if the input is no image (e.g. a vector of a non-square length)
     */
    public static InputGeometry of(TensorShape inputShape) {
        if (inputShape.rank() == 3) {
            return new InputGeometry(inputShape.dim(0), inputShape.dim(1), inputShape.dim(2));
        }
        if (inputShape.rank() == 2) {
            return new InputGeometry(inputShape.dim(0), inputShape.dim(1), 1);
        }
        if (inputShape.rank() == 1) {
            int side = (int) Math.round(Math.sqrt(inputShape.dim(0)));
            if (side * side == inputShape.dim(0)) {
                return new InputGeometry(side, side, 1);
            }
        }
        throw new ExplainException("The model's input " + inputShape + " is not an image, so its pixels cannot be "
                + "shown; explanations need an image input such as (28, 28, 1) or (784).");
    }

    /** Pixels per image ({@code height * width}). */
    public int pixels() {
        return height * width;
    }

    /** Values per sample ({@code pixels() * channels}). */
    public int size() {
        return pixels() * channels;
    }
}
