package dev.neurite.layers;

import java.util.List;

/** Small checks shared by layers on the shapes they receive. */
final class Inputs {

    private Inputs() {
    }

    /** The single input of a single-input layer. */
    static TensorShape single(String layer, List<TensorShape> inputs) {
        if (inputs.size() != 1) {
            throw new ShapeException(layer + " takes exactly one input; it has " + inputs.size() + ".");
        }
        return inputs.get(0);
    }

    /**
     * The single input, which must be an image (height, width, channels). A flat vector whose length is a square, or a
     * 2-D array, is met with the Reshape that would make it one.
     */
    static TensorShape image(String layer, List<TensorShape> inputs) {
        TensorShape input = single(layer, inputs);
        if (input.rank() == 3) {
            return input;
        }
        String needs = layer + " needs an image input (height, width, channels) but gets " + input + ".";
        if (input.rank() == 1) {
            int side = (int) Math.round(Math.sqrt(input.dim(0)));
            if (side * side == input.dim(0)) {
                return fail(needs + " Insert a Reshape to (" + side + ", " + side + ", 1) before it.",
                        new FixAction.InsertBefore(new Reshape(List.of(side, side, 1))));
            }
            return fail(needs + " Insert a Reshape to (height, width, channels) before it.", null);
        }
        if (input.rank() == 2) {
            return fail(needs + " Insert a Reshape to (" + input.dim(0) + ", " + input.dim(1) + ", 1) before it.",
                    new FixAction.InsertBefore(new Reshape(List.of(input.dim(0), input.dim(1), 1))));
        }
        return fail(needs, null);
    }

    private static TensorShape fail(String message, FixAction fix) {
        throw new ShapeException(message, fix);
    }
}
