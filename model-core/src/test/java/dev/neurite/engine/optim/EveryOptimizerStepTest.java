package dev.neurite.engine.optim;

import dev.neurite.engine.CpuEngine;
import dev.neurite.engine.Network;
import dev.neurite.engine.Parameter;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Dense;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.Loss;
import dev.neurite.settings.Optimizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every optimizer and variant the engine has (SGD plain, with momentum, with Nesterov; RMSprop plain and with
 * momentum; Adam plain and with amsgrad; Adagrad), checked against Keras's update formula written out in double
 * precision, element by element, on a small 2x3 tensor of distinct weights over three steps with different gradients
 * (so that the optimizer's state carries from step to step), on a weight of 100,003 elements and on a 521x257 kernel
 * (updated in two halves of its rows at once); and trained twice from the same seed on a small model, giving the same
 * loss history bit for bit.
 */
class EveryOptimizerStepTest {

    private static final int STEPS = 3;

    /** Keras's formula for one optimizer: the weights after each step, from the weights and the gradients. */
    interface Formula {
        double[][] steps(double lr, double[] w0, double[][] gradients);
    }

    static Stream<Arguments> optimizers() {
        return Stream.of(
                Arguments.of("SGD", new Optimizer.Sgd(0.1, 0, false), sgd(0.1, 0, false)),
                Arguments.of("SGD momentum", new Optimizer.Sgd(0.1, 0.9, false), sgd(0.1, 0.9, false)),
                Arguments.of("SGD Nesterov", new Optimizer.Sgd(0.1, 0.9, true), sgd(0.1, 0.9, true)),
                Arguments.of("RMSprop", new Optimizer.RmsProp(0.01, 0.9, 0, 1e-7), rmsprop(0.01, 0.9, 0, 1e-7)),
                Arguments.of("RMSprop momentum", new Optimizer.RmsProp(0.01, 0.8, 0.5, 1e-3),
                        rmsprop(0.01, 0.8, 0.5, 1e-3)),
                Arguments.of("Adam", new Optimizer.Adam(0.01, 0.9, 0.999, 1e-7, false),
                        adam(0.01, 0.9, 0.999, 1e-7, false)),
                Arguments.of("Adam amsgrad", new Optimizer.Adam(0.01, 0.9, 0.999, 1e-7, true),
                        adam(0.01, 0.9, 0.999, 1e-7, true)),
                Arguments.of("Adagrad", new Optimizer.Adagrad(0.1, 0.1, 1e-7), adagrad(0.1, 0.1, 1e-7)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void eachStepMatchesKerasFormulaOnEveryElement(String name, Optimizer optimizer, Formula formula) {
        checkSteps(name, optimizer, formula, 2, 3);
    }

    /** A weight as large as a lesson's Dense kernel, of odd length (the JIT's vectorised loop and its tail). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void largeWeightsMatchTheFormulaOnEveryElement(String name, Optimizer optimizer, Formula formula) {
        checkSteps(name, optimizer, formula, 100_003);
    }

    /** A kernel large enough to be updated in two halves of its rows at once, with an odd number of rows. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void kernelsUpdatedInTwoHalvesMatchTheFormulaOnEveryElement(String name, Optimizer optimizer, Formula formula) {
        assertTrue(521 * 257 >= OptimizerRun.SPLIT_LENGTH);
        checkSteps(name, optimizer, formula, 521, 257);
    }

    private static void checkSteps(String name, Optimizer optimizer, Formula formula, long... shape) {
        int size = Math.toIntExact(java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b));
        Random random = new Random(3);
        double[] w0 = new double[size];
        double[][] gradients = new double[STEPS][size];
        for (int i = 0; i < size; i++) {
            w0[i] = random.nextDouble() * 2 - 1;
            for (int s = 0; s < STEPS; s++) {
                // the second gradient is much smaller than the first, so that amsgrad's maximum of v is not v
                gradients[s][i] = (random.nextDouble() * 2 - 1) * (s == 1 ? 0.01 : 1);
            }
        }
        Parameter p = Parameter.trainable("dense", "kernel", Nd4j.createFromArray(floats(w0)).reshape(shape));
        OptimizerRun run = new OptimizerRun(optimizer, List.of(p));
        double[][] expected = formula.steps(optimizer.learningRate(), asFloats(w0), gradients);
        for (int s = 0; s < STEPS; s++) {
            p.gradient().assign(Nd4j.createFromArray(floats(gradients[s])).reshape(shape));
            run.step();
            double[] actual = p.value().reshape(size).toDoubleVector();
            for (int i = 0; i < size; i++) {
                assertEquals(expected[s][i], actual[i], 1e-5 * Math.max(1, Math.abs(expected[s][i])),
                        name + ": step " + (s + 1) + ", element " + i);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void sameSeedGivesTheSameLossHistory(String name, Optimizer optimizer, Formula formula) {
        assertEquals(lossHistory(optimizer), lossHistory(optimizer), name);
    }

    private static List<Double> lossHistory(Optimizer optimizer) {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(5)),
                new Dense(8, ActivationFunction.RELU), new Dense(3, ActivationFunction.SOFTMAX));
        Network network = new CpuEngine().compile(graph, new CompileSettings(optimizer,
                Loss.SPARSE_CATEGORICAL_CROSSENTROPY, List.of("accuracy")), 11);
        Random random = new Random(5);
        float[] values = new float[12 * 5];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        INDArray x = Nd4j.createFromArray(values).reshape(12, 5).castTo(DataType.FLOAT);
        int[] labels = new int[12];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 3;
        }
        List<Double> losses = new ArrayList<>();
        for (int step = 0; step < 5; step++) {
            losses.add(network.train(x, labels).loss());
        }
        return losses;
    }

    private static Formula sgd(double lr, double momentum, boolean nesterov) {
        return (rate, w0, gradients) -> {
            double[] w = w0.clone();
            double[] v = new double[w.length];
            double[][] out = new double[gradients.length][];
            for (int s = 0; s < gradients.length; s++) {
                for (int i = 0; i < w.length; i++) {
                    double g = gradients[s][i];
                    if (momentum == 0) {
                        w[i] -= lr * g;
                    } else {
                        v[i] = momentum * v[i] - lr * g;
                        w[i] += nesterov ? momentum * v[i] - lr * g : v[i];
                    }
                }
                out[s] = w.clone();
            }
            return out;
        };
    }

    private static Formula rmsprop(double lr, double rho, double momentum, double epsilon) {
        return (rate, w0, gradients) -> {
            double[] w = w0.clone();
            double[] v = new double[w.length];
            double[] m = new double[w.length];
            double[][] out = new double[gradients.length][];
            for (int s = 0; s < gradients.length; s++) {
                for (int i = 0; i < w.length; i++) {
                    double g = gradients[s][i];
                    v[i] = rho * v[i] + (1 - rho) * g * g;
                    double increment = lr * g / Math.sqrt(v[i] + epsilon);
                    if (momentum > 0) {
                        m[i] = momentum * m[i] + increment;
                        w[i] -= m[i];
                    } else {
                        w[i] -= increment;
                    }
                }
                out[s] = w.clone();
            }
            return out;
        };
    }

    private static Formula adam(double lr, double beta1, double beta2, double epsilon, boolean amsgrad) {
        return (rate, w0, gradients) -> {
            double[] w = w0.clone();
            double[] m = new double[w.length];
            double[] v = new double[w.length];
            double[] vMax = new double[w.length];
            double[][] out = new double[gradients.length][];
            for (int s = 0; s < gradients.length; s++) {
                int t = s + 1;
                double alpha = lr * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t));
                for (int i = 0; i < w.length; i++) {
                    double g = gradients[s][i];
                    m[i] = beta1 * m[i] + (1 - beta1) * g;
                    v[i] = beta2 * v[i] + (1 - beta2) * g * g;
                    vMax[i] = Math.max(vMax[i], v[i]);
                    w[i] -= alpha * m[i] / (Math.sqrt(amsgrad ? vMax[i] : v[i]) + epsilon);
                }
                out[s] = w.clone();
            }
            return out;
        };
    }

    private static Formula adagrad(double lr, double initialAccumulator, double epsilon) {
        return (rate, w0, gradients) -> {
            double[] w = w0.clone();
            double[] a = new double[w.length];
            java.util.Arrays.fill(a, initialAccumulator);
            double[][] out = new double[gradients.length][];
            for (int s = 0; s < gradients.length; s++) {
                for (int i = 0; i < w.length; i++) {
                    double g = gradients[s][i];
                    a[i] += g * g;
                    w[i] -= lr * g / Math.sqrt(a[i] + epsilon);
                }
                out[s] = w.clone();
            }
            return out;
        };
    }

    private static float[] floats(double[] values) {
        float[] result = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (float) values[i];
        }
        return result;
    }

    /** The values as the float32 weights hold them, so that the formula starts where the engine does. */
    private static double[] asFloats(double[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (float) values[i];
        }
        return result;
    }
}
