package dev.neurite.format;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a project file holds: the model (graph, compile and fit settings), where each node sits on the canvas and
 * the data set it trains on. Immutable; positions of nodes that are not in the graph are dropped.
 *
 * @param model   the model definition
 * @param layout  node name to position; may lack nodes (they get an automatic place)
 * @param dataset the data set id, e.g. {@code digits}, {@code mnist}, {@code fashion-mnist}
 */
public record Project(ModelDefinition model, Map<String, NodePosition> layout, String dataset) {

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
    }

    /** A project of {@code model} without positions, on the default data set. */
    public static Project of(ModelDefinition model) {
        return new Project(model, Map.of(), DEFAULT_DATASET);
    }

    public Project withModel(ModelDefinition newModel) {
        return new Project(newModel, layout, dataset);
    }

    public Project withLayout(Map<String, NodePosition> newLayout) {
        return new Project(model, newLayout, dataset);
    }

    public Project withDataset(String newDataset) {
        return new Project(model, layout, newDataset);
    }
}
