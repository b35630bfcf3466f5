package dev.neurite.ui.testplace;

import dev.neurite.eval.TrainedModel;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One entry of the Test place's model chooser: a model by its name ("Run 3 · quick-cnn · Adam · digits"), built
 * when it is first chosen (a project may keep the weights of many runs; only the chosen ones are built). Identity
 * equality: a new option for the same run (trained further) is another option. Immutable.
 */
public final class ModelOption {

    private final String name;
    private final Supplier<TrainedModel> load;

    /**
     * @param name what the chooser shows
     * @param load builds the model; called at most once per choice, on a background thread; may throw with a message
     *             for the learner
     */
    public ModelOption(String name, Supplier<TrainedModel> load) {
        this.name = Objects.requireNonNull(name, "name");
        this.load = Objects.requireNonNull(load, "load");
    }

    /** An option for a model that is already built, named by it. */
    public static ModelOption of(TrainedModel model) {
        return new ModelOption(model.name(), () -> model);
    }

    public String name() {
        return name;
    }

    /** Builds (or returns) the model. Background thread. */
    TrainedModel load() {
        return load.get();
    }

    @Override
    public String toString() {
        return name;
    }
}
