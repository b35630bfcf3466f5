package dev.neurite.engine.optim;

import dev.neurite.engine.Parameter;
import dev.neurite.engine.kernel.HostArrays;
import dev.neurite.engine.kernel.ThreadPair;
import dev.neurite.settings.Optimizer;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * An optimizer applied to a network's trainable weights, with its state (one {@link ParameterUpdater} per weight) and
 * the step count. The state persists across fits, so "train N more epochs" continues where the last fit stopped.
 * Not thread-safe: the training thread uses it; {@link #setLearningRate} must be called from that thread too
 * (callbacks run there).
 */
public final class OptimizerRun {

    /** Weights with at least this many values are updated in two halves at once (mnist-mlp's first kernel: 401k). */
    static final long SPLIT_LENGTH = 1 << 17;

    private final List<Parameter> parameters;
    private final List<ParameterUpdater> updaters = new ArrayList<>();
    /** Per trainable weight: the step that last updated it (for {@link #update} within a step). */
    private final long[] updatedAt;
    private final Map<Parameter, Integer> indexOf = new IdentityHashMap<>();
    /** Per trainable weight: its place in a step for {@link ThreadPair} (used by the large ones only). */
    private final ThreadPair[] pairs;
    private Optimizer optimizer;
    private long step;

    public OptimizerRun(Optimizer optimizer, List<Parameter> allParameters) {
        this.optimizer = optimizer;
        this.parameters = allParameters.stream().filter(Parameter::trainable).toList();
        for (Parameter parameter : parameters) {
            indexOf.put(parameter, updaters.size());
            updaters.add(create(optimizer, parameter));
        }
        updatedAt = new long[parameters.size()];
        pairs = new ThreadPair[parameters.size()];
        java.util.Arrays.setAll(pairs, i -> new ThreadPair());
    }

    private static ParameterUpdater create(Optimizer optimizer, Parameter parameter) {
        var like = parameter.value();
        if (optimizer instanceof Optimizer.Sgd sgd) {
            return new SgdUpdater(sgd.momentum(), sgd.nesterov(), like);
        }
        if (optimizer instanceof Optimizer.RmsProp rms) {
            return new RmsPropUpdater(rms.rho(), rms.momentum(), rms.epsilon(), like);
        }
        if (optimizer instanceof Optimizer.Adam adam) {
            return new AdamUpdater(adam.beta1(), adam.beta2(), adam.epsilon(), adam.amsgrad(), like);
        }
        Optimizer.Adagrad adagrad = (Optimizer.Adagrad) optimizer;
        return new AdagradUpdater(adagrad.initialAccumulatorValue(), adagrad.epsilon(), like);
    }

    /** Updates every trainable weight from the gradient in its buffer. */
    public void step() {
        beginStep();
        finishStep();
    }

    /**
     * Starts a step whose weights are then updated one by one as their gradients are ready ({@link #update}, e.g.
     * right after a layer's backward pass, while its gradient is still in the cache); {@link #finishStep} updates
     * the rest. The same numbers as {@link #step()}: each weight's update depends on its own gradient and
     * state only.
     */
    public void beginStep() {
        step++;
    }

    /** Whether {@code parameter} is a trainable weight this step has not updated yet. */
    public boolean pending(Parameter parameter) {
        Integer i = indexOf.get(parameter);
        return i != null && updatedAt[i] != step;
    }

    /**
     * Updates {@code parameter} from the gradient in its buffer, once per step: a weight already updated in this step,
     * or not trainable, is left alone.
     */
    public void update(Parameter parameter) {
        if (pending(parameter)) {
            int i = indexOf.get(parameter);
            updatedAt[i] = step;
            apply(i, parameter.value(), parameter.gradient());
        }
    }

    /**
     * One weight's update; a large contiguous float one in two halves of its rows at once, split where
     * {@code KernelHalves} splits a Dense kernel's products so that each half is updated on the thread that computed
     * its gradient (other arrays are copied whole, which two threads must not do at once).
     */
    private void apply(int i, INDArray weights, INDArray gradient) {
        ParameterUpdater updater = updaters.get(i);
        double learningRate = optimizer.learningRate();
        long length = weights.length();
        if (length < SPLIT_LENGTH || weights.rank() < 2 || !HostArrays.direct(weights)
                || !HostArrays.direct(gradient)) {
            updater.apply(weights, gradient, learningRate, step);
            return;
        }
        long rows = weights.size(0);
        int[] from = {0, Math.toIntExact(ThreadPair.firstHalf(rows) * (length / rows)), Math.toIntExact(length)};
        long now = step;
        pairs[i].run(half -> updater.apply(weights, gradient, learningRate, now, from[half], from[half + 1]));
    }

    /** Updates the trainable weights the step has not updated yet. */
    public void finishStep() {
        for (Parameter parameter : parameters) {
            update(parameter);
        }
    }

    public double learningRate() {
        return optimizer.learningRate();
    }

    /** Changes the learning rate for the following steps, keeping the optimizer's state. */
    public void setLearningRate(double learningRate) {
        optimizer = optimizer.withLearningRate(learningRate);
    }

    /** The number of steps applied so far. */
    public long steps() {
        return step;
    }
}
