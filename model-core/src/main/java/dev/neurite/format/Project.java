package dev.neurite.format;

import dev.neurite.model.ModelDefinition;
import dev.neurite.train.RunRecord;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a project file holds: the model (graph, compile and fit settings), where each node sits on the canvas, the
 * data set it trains on and the training runs made in it. Immutable; positions of nodes that are not in the graph
 * are dropped.
 *
 * @param model   the model definition
 * @param layout  node name to position; may lack nodes (they get an automatic place)
 * @param dataset the data set id, e.g. {@code digits}, {@code mnist}, {@code fashion-mnist}
 * @param runs    the training runs, ordered by number; numbers are unique
 * @param weights the weights the latest kept run ended with, or null; its run is one of {@code runs}
 */
public record Project(ModelDefinition model, Map<String, NodePosition> layout, String dataset,
                      List<RunRecord> runs, TrainedWeights weights) {

    /** The data set a new project trains on. */
    public static final String DEFAULT_DATASET = "digits";

    public Project {
        if (model == null) {
            throw new IllegalArgumentException("A project needs a model");
        }
        if (dataset == null || !dataset.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
            throw new ModelFormatException("A data set id must be lower-case letters, digits, '-' and '_'; got '"
                    + dataset + "'.");
        }
        LinkedHashMap<String, NodePosition> kept = new LinkedHashMap<>();
        layout.forEach((name, position) -> {
            if (model.graph().contains(name)) {
                kept.put(name, position);
            }
        });
        layout = Collections.unmodifiableMap(kept);
        List<RunRecord> ordered = new ArrayList<>(runs);
        ordered.sort(Comparator.comparingInt(RunRecord::number));
        HashSet<Integer> numbers = new HashSet<>();
        for (RunRecord run : ordered) {
            if (!numbers.add(run.number())) {
                throw new ModelFormatException("A project has two runs numbered " + run.number() + ".");
            }
        }
        runs = List.copyOf(ordered);
        if (weights != null && !numbers.contains(weights.run())) {
            throw new ModelFormatException("A project keeps the weights of run " + weights.run()
                    + " but has no such run.");
        }
    }

    /** A project without runs. */
    public Project(ModelDefinition model, Map<String, NodePosition> layout, String dataset) {
        this(model, layout, dataset, List.of(), null);
    }

    /** A project without trained weights. */
    public Project(ModelDefinition model, Map<String, NodePosition> layout, String dataset, List<RunRecord> runs) {
        this(model, layout, dataset, runs, null);
    }

    /** A project of {@code model} without positions, on the default data set. */
    public static Project of(ModelDefinition model) {
        return new Project(model, Map.of(), DEFAULT_DATASET);
    }

    public Project withModel(ModelDefinition newModel) {
        return new Project(newModel, layout, dataset, runs, weights);
    }

    public Project withLayout(Map<String, NodePosition> newLayout) {
        return new Project(model, newLayout, dataset, runs, weights);
    }

    public Project withDataset(String newDataset) {
        return new Project(model, layout, newDataset, runs, weights);
    }

    /** This project with {@code newRuns}; the kept weights stay if their run is still there. */
    public Project withRuns(List<RunRecord> newRuns) {
        boolean kept = weights != null && newRuns.stream().anyMatch(r -> r.number() == weights.run());
        return new Project(model, layout, dataset, newRuns, kept ? weights : null);
    }

    /** This project keeping {@code newWeights} (of one of its runs) in place of any weights it kept. */
    public Project withWeights(TrainedWeights newWeights) {
        return new Project(model, layout, dataset, runs, newWeights);
    }

    /** This project with {@code run} added, or replacing the run with its number (a run trained further). */
    public Project withRun(RunRecord run) {
        List<RunRecord> updated = new ArrayList<>(runs.stream().filter(r -> r.number() != run.number()).toList());
        updated.add(run);
        return withRuns(updated);
    }

    /**
     * The kept weights when they were trained for the model as it is now (their run's graph is this model's graph);
     * empty when none are kept or the model was edited since.
     */
    public java.util.Optional<TrainedWeights> weightsOfModel() {
        if (weights == null) {
            return java.util.Optional.empty();
        }
        return runs.stream().filter(r -> r.number() == weights.run())
                .filter(r -> r.model().graph().equals(model.graph()))
                .findFirst().map(r -> weights);
    }
}
