package dev.neurite.graph;

import dev.neurite.layers.InputLayer;
import dev.neurite.layers.ParameterCount;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keras's {@code model.summary()} text, in the classic layout of Keras 2: for a chain the columns
 * "Layer (type)", "Output Shape", "Param #" on 65 characters with the input layer left out; for other graphs a
 * "Connected to" column on 98 characters with the inputs listed as {@code [(None, 784)]}. Shapes that cannot be
 * computed print as {@code ?}. {@link #of(ModelGraph, KerasStyle)} gives Keras 3's layout instead
 * ({@link Keras3Summary}).
 */
public final class ModelSummary {

    private static final int[] CHAIN_POSITIONS = {29, 55, 65};
    private static final int[] GRAPH_POSITIONS = {32, 53, 65, 98};

    private ModelSummary() {
    }

    /** The summary of {@code graph} in {@code style}, with that style's defaults; lines ending in '\n'. */
    public static String of(ModelGraph graph, KerasStyle style) {
        return style == KerasStyle.KERAS3 ? Keras3Summary.of(graph) : of(graph);
    }

    /** The summary of {@code graph} in the Keras 2 layout, lines ending in '\n'. */
    public static String of(ModelGraph graph) {
        ModelAnalysis analysis = graph.analyze();
        boolean chain = graph.isChain();
        int[] positions = chain ? CHAIN_POSITIONS : GRAPH_POSITIONS;
        int width = positions[positions.length - 1];
        StringBuilder out = new StringBuilder();
        out.append("Model: \"").append(chain ? "sequential" : "model").append("\"\n");
        out.append("_".repeat(width)).append('\n');
        row(out, positions, chain ? List.of("Layer (type)", "Output Shape", "Param #")
                : List.of("Layer (type)", "Output Shape", "Param #", "Connected to"));
        out.append("=".repeat(width)).append('\n');

        List<LayerNode> rows = rows(graph, analysis, chain);
        for (int i = 0; i < rows.size(); i++) {
            LayerNode node = rows.get(i);
            NodeInfo info = analysis.node(node.name());
            String label = node.name() + " (" + node.layer().kerasClassName() + ")";
            String shape = shapeText(info, chain);
            String params = String.valueOf(info.parameters().total());
            if (chain) {
                row(out, positions, List.of(label, shape, params));
            } else {
                List<String> connections = node.inputs().stream().map(input -> input + "[0][0]").toList();
                row(out, positions, List.of(label, shape, params, connections.isEmpty() ? "" : connections.get(0)));
                for (String connection : connections.subList(Math.min(1, connections.size()), connections.size())) {
                    row(out, positions, List.of("", "", "", connection));
                }
            }
            out.append((i == rows.size() - 1 ? "=" : "_").repeat(width)).append('\n');
        }
        if (rows.isEmpty()) {
            out.append("=".repeat(width)).append('\n');
        }
        ParameterCount total = analysis.totalParameters();
        out.append("Total params: ").append(thousands(total.total())).append('\n');
        out.append("Trainable params: ").append(thousands(total.trainable())).append('\n');
        out.append("Non-trainable params: ").append(thousands(total.nonTrainable())).append('\n');
        out.append("_".repeat(width)).append('\n');
        return out.toString();
    }

    /** {@code 407050} as {@code 407,050}, as Python's {@code '{:,}'}. */
    public static String thousands(long value) {
        return PythonFormat.thousands(value);
    }

    /** The nodes in the order a summary lists them: inputs before the layers they feed, then any left over. */
    static List<LayerNode> rowOrder(ModelGraph graph, ModelAnalysis analysis) {
        Set<String> names = new LinkedHashSet<>(analysis.topologicalOrder());
        graph.nodes().forEach(node -> names.add(node.name()));
        return names.stream().map(graph::node).toList();
    }

    private static List<LayerNode> rows(ModelGraph graph, ModelAnalysis analysis, boolean chain) {
        List<LayerNode> rows = new ArrayList<>();
        for (LayerNode node : rowOrder(graph, analysis)) {
            if (!(chain && node.layer() instanceof InputLayer)) {
                rows.add(node);
            }
        }
        return rows;
    }

    private static String shapeText(NodeInfo info, boolean chain) {
        if (!info.hasShape()) {
            return "?";
        }
        String shape = info.outputShape().toKerasString();
        return !chain && info.node().layer() instanceof InputLayer ? "[" + shape + "]" : shape;
    }

    /** Keras's print_row: each field cut at its column's end and padded to it, one space between columns. */
    private static void row(StringBuilder out, int[] positions, List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.setLength(line.length() - 1);
                line.append(' ');
            }
            line.append(fields.get(i));
            if (line.length() > positions[i]) {
                line.setLength(positions[i]);
            }
            line.append(" ".repeat(positions[i] - line.length()));
        }
        out.append(line).append('\n');
    }
}
