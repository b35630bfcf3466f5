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
 * @param kept    the weights runs ended with (each of one of {@code runs}) and how many runs keep theirs; null: none
 */
public record Project(ModelDefinition model, Map<String, NodePosition> layout, String dataset,
                      List<RunRecord> runs, KeptWeights kept) {

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
        LinkedHashMap<String, NodePosition> placed = new LinkedHashMap<>();
        layout.forEach((name, position) -> {
            if (model.graph().contains(name)) {
                placed.put(name, position);
            }
        });
        layout = Collections.unmodifiableMap(placed);
        List<RunRecord> ordered = new ArrayList<>(runs);
        ordered.sort(Comparator.comparingInt(RunRecord::number));
        HashSet<Integer> numbers = new HashSet<>();
        for (RunRecord run : ordered) {
            if (!numbers.add(run.number())) {
                throw new ModelFormatException("A project has two runs numbered " + run.number() + ".");
            }
        }
        runs = List.copyOf(ordered);
        kept = kept == null ? KeptWeights.none() : kept;
        for (Integer run : kept.byRun().keySet()) {
            if (!numbers.contains(run)) {
                throw new ModelFormatException("A project keeps the weights of run " + run
                        + " but has no such run.");
            }
        }
    }

    /** A project keeping at most {@code weights} (of one of its runs; null: none), every run's weights kept. */
    public Project(ModelDefinition model, Map<String, NodePosition> layout, String dataset, List<RunRecord> runs,
                   TrainedWeights weights) {
        this(model, layout, dataset, runs, weights == null ? KeptWeights.none()
                : KeptWeights.none().with(weights));
    }

    /** A project without runs. */
    public Project(ModelDefinition model, Map<String, NodePosition> layout, String dataset) {
        this(model, layout, dataset, List.of(), KeptWeights.none());
    }

    /** A project without trained weights. */
    public Project(ModelDefinition model, Map<String, NodePosition> layout, String dataset, List<RunRecord> runs) {
        this(model, layout, dataset, runs, KeptWeights.none());
    }

    /** A project of {@code model} without positions, on the default data set. */
    public static Project of(ModelDefinition model) {
        return new Project(model, Map.of(), DEFAULT_DATASET);
    }

    public Project withModel(ModelDefinition newModel) {
        return new Project(newModel, layout, dataset, runs, kept);
    }

    public Project withLayout(Map<String, NodePosition> newLayout) {
        return new Project(model, newLayout, dataset, runs, kept);
    }

    public Project withDataset(String newDataset) {
        return new Project(model, layout, newDataset, runs, kept);
    }

    /** This project with {@code newRuns}; kept weights stay for the runs that are still there. */
    public Project withRuns(List<RunRecord> newRuns) {
        java.util.Set<Integer> numbers = new HashSet<>();
        newRuns.forEach(r -> numbers.add(r.number()));
        return new Project(model, layout, dataset, newRuns, kept.retain(numbers));
    }

    /**
     * This project keeping {@code newWeights} (of one of its runs) beside the other runs' weights, in place of earlier
     * weights of the same run; with a bound of N runs, the oldest run's weights go when there are more.
     */
    public Project withWeights(TrainedWeights newWeights) {
        return new Project(model, layout, dataset, runs, kept.with(newWeights));
    }

    /** This project keeping {@code newKept} in place of the weights it kept. */
    public Project withKept(KeptWeights newKept) {
        return new Project(model, layout, dataset, runs, newKept);
    }

    /** This project keeping the weights of only its newest {@code count} runs ({@link KeptWeights#KEEP_ALL}: all). */
    public Project withKeepLastRuns(int count) {
        return withKept(kept.withKeepLastRuns(count));
    }

    /** The weights the newest run that kept its weights ended with, or null when no run's weights are kept. */
    public TrainedWeights weights() {
        return kept.latest().orElse(null);
    }

    /** The run numbered {@code number}, if the project has it. */
    public java.util.Optional<RunRecord> run(int number) {
        return runs.stream().filter(r -> r.number() == number).findFirst();
    }

    /** This project with {@code run} added, or replacing the run with its number (a run trained further). */
    public Project withRun(RunRecord run) {
        List<RunRecord> updated = new ArrayList<>(runs.stream().filter(r -> r.number() != run.number()).toList());
        updated.add(run);
        return withRuns(updated);
    }

    /**
     * The weights of the newest run that kept its weights and was trained for the model as it is now (its graph is
     * this model's graph); empty when no such run kept its weights.
     */
    public java.util.Optional<TrainedWeights> weightsOfModel() {
        List<TrainedWeights> all = kept.all();
        for (int i = all.size() - 1; i >= 0; i--) {
            TrainedWeights weights = all.get(i);
            if (run(weights.run()).filter(r -> r.model().graph().equals(model.graph())).isPresent()) {
                return java.util.Optional.of(weights);
            }
        }
        return java.util.Optional.empty();
    }
}
