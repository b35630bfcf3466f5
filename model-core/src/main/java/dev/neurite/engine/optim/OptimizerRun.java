package dev.neurite.engine.optim;

import dev.neurite.engine.Parameter;
import dev.neurite.settings.Optimizer;

import java.util.ArrayList;
import java.util.List;

/**
 * An optimizer applied to a network's trainable weights, with its state (one {@link ParameterUpdater} per weight) and
 * the step count. The state persists across fits, so "train N more epochs" continues where the last fit stopped.
 * Not thread-safe: the training thread uses it; {@link #setLearningRate} must be called from that thread too
 * (callbacks run there).
 */
public final class OptimizerRun {

    private final List<Parameter> parameters;
    private final List<ParameterUpdater> updaters = new ArrayList<>();
    private Optimizer optimizer;
    private long step;

    public OptimizerRun(Optimizer optimizer, List<Parameter> allParameters) {
        this.optimizer = optimizer;
        this.parameters = allParameters.stream().filter(Parameter::trainable).toList();
        for (Parameter parameter : parameters) {
            updaters.add(create(optimizer, parameter));
        }
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
        step++;
        double rate = optimizer.learningRate();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            updaters.get(i).apply(p.value(), p.gradient(), rate, step);
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
