package dev.neurite.ui.shell;

import dev.neurite.engine.Engine;
import dev.neurite.eval.TrainedModel;
import dev.neurite.eval.TrainedModels;
import dev.neurite.format.Project;
import dev.neurite.format.TrainedWeights;
import dev.neurite.train.RunRecord;
import dev.neurite.ui.testplace.ModelOption;
import dev.neurite.ui.train.RunTitles;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Test place's choices of the project's runs: one {@link ModelOption} per run whose weights the project keeps,
 * oldest first, named by the run's title ("Run 3 · quick-cnn · Adam · digits"). A run trained in this window offers
 * the network training handed over; a run read from the file builds its network from the kept weights when first
 * chosen. An option stays the same instance while its run's weights and title do, so the Test place keeps what it
 * computed for it. JavaFX thread; the options' loaders run on the Test place's background executor.
 */
final class RunModelOptions {

    private final Engine engine;
    private final ObservableList<ModelOption> options = FXCollections.observableArrayList();
    private final Map<Integer, Offered> offered = new HashMap<>();
    private final Map<Integer, Trained> trained = new HashMap<>();

    private record Offered(TrainedWeights weights, RunRecord run, String name, ModelOption option) {
    }

    private record Trained(TrainedWeights weights, TrainedModel model) {
    }

    RunModelOptions(Engine engine) {
        this.engine = engine;
    }

    /** The options, oldest run first. */
    ObservableList<ModelOption> options() {
        return options;
    }

    /** {@code model} is the network run {@code weights.run()} ended with: offered without building it again. */
    void trained(TrainedWeights weights, TrainedModel model) {
        trained.put(weights.run(), new Trained(weights, model));
    }

    /** Follows {@code project}'s runs and kept weights. */
    void update(Project project) {
        List<ModelOption> next = new ArrayList<>();
        Map<Integer, Offered> nextOffered = new HashMap<>();
        for (TrainedWeights weights : project.kept().all()) {
            RunRecord run = project.run(weights.run()).orElseThrow();
            Offered old = offered.get(weights.run());
            // The title is worked out again only for a changed run (each edit of the model updates the project).
            String name = old != null && old.run() == run ? old.name() : RunTitles.title(run);
            Offered now = old != null && same(old.weights(), weights) && old.name().equals(name) ? old
                    : new Offered(weights, run, name, new ModelOption(name, loader(run, weights, name)));
            nextOffered.put(weights.run(), now);
            next.add(now.option());
        }
        offered.clear();
        offered.putAll(nextOffered);
        trained.keySet().retainAll(nextOffered.keySet());
        if (!next.equals(options)) {
            options.setAll(next);
        }
    }

    private java.util.function.Supplier<TrainedModel> loader(RunRecord run, TrainedWeights weights, String name) {
        Trained fresh = trained.get(run.number());
        if (fresh != null && same(fresh.weights(), weights)) {
            TrainedModel model = new TrainedModel(name, fresh.model().network());
            return () -> model;
        }
        return () -> {
            try {
                String source = "the weights of run " + run.number();
                return new TrainedModel(name, TrainedModels.withWeights(run.model(), weights.read(source), engine,
                        source));
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        };
    }

    private static boolean same(TrainedWeights a, TrainedWeights b) {
        return a == b || a.equals(b);
    }
}
