package dev.neurite.eval;

import dev.neurite.engine.Network;

import java.util.Objects;

/**
 * A network whose weights are ready to predict, with a name for the learner ("Pretrained default", "My CNN, run 3").
 * Publish a new instance whenever training changes the weights: views that keep results per model (the Test place's
 * evaluation) key them by instance, so an instance stands for one state of the weights.
 *
 * @param name    what the model chooser shows
 * @param network the trained network; thread-safe (it locks itself per call)
 */
public record TrainedModel(String name, Network network) {

    public TrainedModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(network, "network");
    }

    /** Identity: two instances are one model only if they are the same instance. */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
