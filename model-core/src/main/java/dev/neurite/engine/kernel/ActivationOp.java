package dev.neurite.engine.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Erf;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Keras's activation functions computed elementwise (softmax: over the last axis) with their derivatives.
 * Stateless; callable from any thread with arrays that thread owns. All arrays of one call have the same shape.
 */
public interface ActivationOp {

    /** Writes f(input) into {@code output}. */
    void forward(INDArray input, INDArray output);

    /**
     * Writes dL/d(input) into {@code gradientOfInput}, given the input and output of the forward pass and
     * dL/d(output).
     */
    void backward(INDArray input, INDArray output, INDArray gradientOfOutput, INDArray gradientOfInput);

    /** The identity ({@code linear}). */
    ActivationOp LINEAR = new ActivationOp() {
        @Override
        public void forward(INDArray input, INDArray output) {
            output.assign(input);
        }

        @Override
        public void backward(INDArray input, INDArray output, INDArray gradOut, INDArray gradIn) {
            gradIn.assign(gradOut);
        }
    };

    ActivationOp RELU = byOp("relu", "relu_bp", 0.0);
    ActivationOp SIGMOID = byOp("sigmoid", "sigmoid_bp");
    ActivationOp TANH = byOp("tanh", "tanh_bp");
    /** {@code elu} with Keras's default alpha 1. */
    ActivationOp ELU = byOp("elu", "elu_bp", 1.0);
    ActivationOp SELU = byOp("selu", "selu_bp");
    ActivationOp SOFTMAX = new Softmax();
    /** Exact GELU, {@code 0.5 x (1 + erf(x / sqrt 2))}, as Keras's default {@code approximate=False}. */
    ActivationOp GELU = new Gelu();
    /** {@code x * sigmoid(x)}. */
    ActivationOp SWISH = new Swish();

    /** The implementation of a layer's {@code activation} argument. */
    static ActivationOp of(dev.neurite.layers.ActivationFunction function) {
        return switch (function) {
            case LINEAR -> LINEAR;
            case RELU -> RELU;
            case SIGMOID -> SIGMOID;
            case TANH -> TANH;
            case SOFTMAX -> SOFTMAX;
            case ELU -> ELU;
            case SELU -> SELU;
            case LEAKY_RELU -> leakyRelu(dev.neurite.layers.ActivationFunction.LEAKY_RELU_SLOPE);
            case GELU -> GELU;
            case SWISH -> SWISH;
        };
    }

    /** {@code leaky_relu}: {@code x} for x >= 0, {@code alpha * x} otherwise. */
    static ActivationOp leakyRelu(double alpha) {
        return byOp("lrelu", "lrelu_bp", alpha);
    }

    private static ActivationOp byOp(String forwardOp, String backwardOp, double... args) {
        return new ActivationOp() {
            @Override
            public void forward(INDArray input, INDArray output) {
                Ops.exec(forwardOp, Ops.in(input), Ops.out(output), args);
            }

            @Override
            public void backward(INDArray input, INDArray output, INDArray gradOut, INDArray gradIn) {
                Ops.exec(backwardOp, Ops.in(input, gradOut), Ops.out(gradIn), args);
            }
        };
    }

    /** Softmax over the last axis; backward {@code y * (g - sum(g * y))} per row. */
    final class Softmax implements ActivationOp {
        @Override
        public void forward(INDArray input, INDArray output) {
            Ops.exec("softmax", Ops.in(input), Ops.out(output), Ops.none(), input.rank() - 1);
        }

        @Override
        public void backward(INDArray input, INDArray output, INDArray gradOut, INDArray gradIn) {
            long classes = output.size(output.rank() - 1);
            INDArray y = output.reshape(output.length() / classes, classes);
            INDArray g = gradOut.reshape(y.shape());
            INDArray dx = gradIn.reshape(y.shape());
            INDArray dot = y.mul(g).sum(true, 1);
            dx.assign(g).subiColumnVector(dot);
            dx.muli(y);
        }
    }

    /** Exact GELU: derivative {@code Phi(x) + x * phi(x)}. */
    final class Gelu implements ActivationOp {
        private static final double INV_SQRT2 = 1 / Math.sqrt(2);
        private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

        @Override
        public void forward(INDArray input, INDArray output) {
            Nd4j.exec(new Erf(input.mul(INV_SQRT2), output));
            output.addi(1).muli(input).muli(0.5);
        }

        @Override
        public void backward(INDArray input, INDArray output, INDArray gradOut, INDArray gradIn) {
            INDArray cdf = Nd4j.exec(new Erf(input.mul(INV_SQRT2))).addi(1).muli(0.5);
            INDArray pdf = Transforms.exp(input.mul(input).muli(-0.5), false).muli(INV_SQRT_2PI);
            gradIn.assign(pdf.muli(input).addi(cdf).muli(gradOut));
        }
    }

    /** Swish: derivative {@code s + x * s * (1 - s)} with {@code s = sigmoid(x)}. */
    final class Swish implements ActivationOp {
        @Override
        public void forward(INDArray input, INDArray output) {
            SIGMOID.forward(input, output);
            output.muli(input);
        }

        @Override
        public void backward(INDArray input, INDArray output, INDArray gradOut, INDArray gradIn) {
            INDArray s = input.ulike();
            SIGMOID.forward(input, s);
            INDArray oneMinus = s.rsub(1).muli(input).muli(s);
            gradIn.assign(oneMinus.addi(s).muli(gradOut));
        }
    }
}
