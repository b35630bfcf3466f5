package dev.neurite.engine.optim;

import dev.neurite.engine.Parameter;
import dev.neurite.settings.Optimizer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One or two steps of each optimizer on a single weight, against Keras's update formulas written out by hand. */
class OptimizerRunTest {

    private static double[] run(Optimizer optimizer, double w, double... gradients) {
        Parameter p = Parameter.trainable("dense", "kernel", Nd4j.createFromArray((float) w, (float) w));
        OptimizerRun run = new OptimizerRun(optimizer, List.of(p));
        double[] after = new double[gradients.length];
        for (int i = 0; i < gradients.length; i++) {
            p.gradient().assign(gradients[i]);
            run.step();
            after[i] = p.value().getDouble(0);
        }
        return after;
    }

    @Test
    void sgdWithMomentumAccumulatesVelocity() {
        double[] w = run(new Optimizer.Sgd(0.1, 0.9, false), 1, 0.5, 0.5);
        double v1 = -0.05;
        double v2 = 0.9 * v1 - 0.05;
        assertEquals(1 + v1, w[0], 1e-6);
        assertEquals(1 + v1 + v2, w[1], 1e-6);
    }

    @Test
    void nesterovLooksAhead() {
        double[] w = run(new Optimizer.Sgd(0.1, 0.9, true), 1, 0.5);
        double v = -0.05;
        assertEquals(1 + 0.9 * v - 0.05, w[0], 1e-6);
    }

    @Test
    void rmspropPutsEpsilonInsideTheRoot() {
        double[] w = run(new Optimizer.RmsProp(0.01, 0.9, 0, 0.5), 1, 2);
        double v = 0.1 * 4;
        assertEquals(1 - 0.01 * 2 / Math.sqrt(v + 0.5), w[0], 1e-6);
    }

    @Test
    void adamCorrectsBiasThroughTheStepSize() {
        double[] w = run(new Optimizer.Adam(0.01, 0.9, 0.999, 1e-7, false), 1, 2, 1);
        double m1 = 0.2;
        double v1 = 0.004;
        double w1 = 1 - 0.01 * Math.sqrt(1 - 0.999) / (1 - 0.9) * m1 / (Math.sqrt(v1) + 1e-7);
        double m2 = 0.9 * m1 + 0.1;
        double v2 = 0.999 * v1 + 0.001;
        double w2 = w1 - 0.01 * Math.sqrt(1 - 0.999 * 0.999) / (1 - 0.81) * m2 / (Math.sqrt(v2) + 1e-7);
        assertEquals(w1, w[0], 1e-6);
        assertEquals(w2, w[1], 1e-6);
    }

    @Test
    void adagradStartsFromTheInitialAccumulator() {
        double[] w = run(new Optimizer.Adagrad(0.1, 0.1, 1e-7), 1, 3);
        assertEquals(1 - 0.1 * 3 / Math.sqrt(0.1 + 9 + 1e-7), w[0], 1e-6);
    }

    @Test
    void learningRateChangeKeepsState() {
        Parameter p = Parameter.trainable("d", "kernel", Nd4j.createFromArray(1.0f));
        OptimizerRun run = new OptimizerRun(new Optimizer.Sgd(0.1, 0.9, false), List.of(p));
        p.gradient().assign(1);
        run.step();
        run.setLearningRate(0.01);
        p.gradient().assign(1);
        run.step();
        assertEquals(1 - 0.1 + (0.9 * -0.1 - 0.01), p.value().getDouble(0), 1e-6);
    }

    @Test
    void weightsUpdatedOneByOneWithinAStepMoveAsInOneStep() {
        Parameter a = Parameter.trainable("d", "kernel", Nd4j.createFromArray(1.0f, -2.0f));
        Parameter b = Parameter.trainable("d", "bias", Nd4j.createFromArray(0.5f));
        Parameter a2 = Parameter.trainable("d", "kernel", Nd4j.createFromArray(1.0f, -2.0f));
        Parameter b2 = Parameter.trainable("d", "bias", Nd4j.createFromArray(0.5f));
        OptimizerRun whole = new OptimizerRun(new Optimizer.Adam(0.1, 0.9, 0.999, 1e-7, false), List.of(a, b));
        OptimizerRun oneByOne = new OptimizerRun(new Optimizer.Adam(0.1, 0.9, 0.999, 1e-7, false), List.of(a2, b2));
        for (int step = 1; step <= 3; step++) {
            for (Parameter p : List.of(a, b, a2, b2)) {
                p.gradient().assign(step * 0.3);
            }
            whole.step();
            oneByOne.beginStep();
            assertTrue(oneByOne.pending(b2));
            oneByOne.update(b2);
            oneByOne.update(b2);
            assertFalse(oneByOne.pending(b2), "a weight is updated once per step");
            oneByOne.finishStep();
            assertFalse(oneByOne.pending(a2));
        }
        assertArrayEquals(a.value().toFloatVector(), a2.value().toFloatVector(), 0f);
        assertArrayEquals(b.value().toFloatVector(), b2.value().toFloatVector(), 0f);
    }
}
