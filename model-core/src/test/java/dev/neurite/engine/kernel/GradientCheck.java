package dev.neurite.engine.kernel;

import dev.neurite.engine.Parameter;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finite-difference check of a kernel's backward pass in double precision: the scalar
 * {@code L = sum(forward(inputs) * R)} for a fixed random R, central differences with step 1e-6.
 */
final class GradientCheck {

    private static final double STEP = 1e-6;
    private static final double TOLERANCE = 1e-5;

    private final Kernel kernel;
    private final boolean training;
    private Runnable beforeForward = () -> { };

    private GradientCheck(Kernel kernel, boolean training) {
        this.kernel = kernel;
        this.training = training;
    }

    static GradientCheck of(Kernel kernel) {
        return new GradientCheck(kernel, true);
    }

    static GradientCheck inference(Kernel kernel) {
        return new GradientCheck(kernel, false);
    }

    /** Runs before every forward pass (e.g. to reseed a dropout mask so that all passes see the same mask). */
    GradientCheck beforeEachForward(Runnable hook) {
        this.beforeForward = hook;
        return this;
    }

    /** A double array of the given shape with values uniform in [-1, 1), deterministic per seed. */
    static INDArray random(long seed, long... shape) {
        Random random = new Random(seed);
        INDArray array = Nd4j.create(DataType.DOUBLE, shape);
        for (long i = 0; i < array.length(); i++) {
            array.putScalar(i, random.nextDouble() * 2 - 1);
        }
        return array;
    }

    /** A trainable double parameter filled with {@link #random}. */
    static Parameter parameter(String name, long seed, long... shape) {
        return Parameter.trainable("layer", name, random(seed, shape));
    }

    /** Checks the gradients of all inputs and all trainable parameters; fails with the worst element. */
    void check(INDArray... inputs) {
        List<INDArray> xs = List.of(inputs);
        beforeForward.run();
        INDArray out = kernel.forward(xs, training);
        INDArray r = random(99, out.shape());
        List<INDArray> analyticInputs = new ArrayList<>();
        for (INDArray g : kernel.backward(r.dup())) {
            analyticInputs.add(g.dup());
        }
        List<INDArray> analyticParams = new ArrayList<>();
        for (Parameter p : kernel.parameters()) {
            analyticParams.add(p.trainable() ? p.gradient().dup() : null);
        }
        for (int i = 0; i < inputs.length; i++) {
            compare("input " + i, inputs[i], analyticInputs.get(i), xs, r);
        }
        List<Parameter> params = kernel.parameters();
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).trainable()) {
                compare(params.get(i).name(), params.get(i).value(), analyticParams.get(i), xs, r);
            }
        }
    }

    private void compare(String what, INDArray variable, INDArray analytic, List<INDArray> xs, INDArray r) {
        for (long i = 0; i < variable.length(); i++) {
            double original = variable.getDouble(i);
            variable.putScalar(i, original + STEP);
            double plus = loss(xs, r);
            variable.putScalar(i, original - STEP);
            double minus = loss(xs, r);
            variable.putScalar(i, original);
            double numeric = (plus - minus) / (2 * STEP);
            double a = analytic.getDouble(i);
            double error = Math.abs(a - numeric) / Math.max(1e-8, Math.max(Math.abs(a), Math.abs(numeric)));
            boolean ok = error < TOLERANCE || Math.abs(a - numeric) < 1e-8;
            assertTrue(ok, "gradient of " + what + " at " + i + ": analytic " + a + ", numeric " + numeric);
        }
    }

    private double loss(List<INDArray> xs, INDArray r) {
        beforeForward.run();
        return kernel.forward(xs, training).mul(r).sumNumber().doubleValue();
    }
}
