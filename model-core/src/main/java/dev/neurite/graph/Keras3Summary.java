package dev.neurite.graph;

import dev.neurite.layers.InputLayer;
import dev.neurite.layers.ParameterCount;

import java.util.ArrayList;
import java.util.List;

/**
 * Keras 3's {@code model.summary()} text: the title {@code Model: "sequential"}, a {@link HeavyHeadTable} with the
 * columns "Layer (type)", "Output Shape" and right-aligned "Param #" (positions 0.45, 0.80, 1.0 of the line), to which
 * a graph that is not a chain adds "Connected to" (positions 0.3, 0.56, 0.74, 1.0), a line between rows, parameter
 * counts with thousands separators, and the totals with their size as float32 weights in base-1024 units
 * ({@code  Total params: 34,826 (136.04 KB)}). A Sequential model leaves its input layer out; a functional one lists
 * it, with "-" as what it is connected to. Shapes that cannot be computed print as {@code ?}. Stateless and
 * thread-safe.
 */
public final class Keras3Summary {

    /** The terminal width Python assumes when it cannot ask (notebooks, pipes, the keras.io pages). */
    public static final int DEFAULT_TERMINAL_COLUMNS = 80;

    private static final int SEQUENTIAL_LINE_LENGTH = 88;
    private static final int FUNCTIONAL_LINE_LENGTH = 108;
    private static final double[] CHAIN_POSITIONS = {0.45, 0.80, 1.0};
    private static final double[] GRAPH_POSITIONS = {0.3, 0.56, 0.74, 1.0};

    /**
     * How the model is presented.
     *
     * @param modelName  the name in the title, e.g. {@code sequential}
     * @param sequential whether it is a Keras {@code Sequential} model (its input layer is not a row); only a chain
     *                   can be one
     * @param lineLength the width of the table, or 0 for Keras's default in an 80-column terminal (76)
     */
    public record Options(String modelName, boolean sequential, int lineLength) {

        public Options {
            if (modelName == null || modelName.isBlank()) {
                throw new IllegalArgumentException("The summary's model name must not be empty.");
            }
            if (lineLength < 0) {
                throw new IllegalArgumentException("The summary's line length must be positive; got " + lineLength);
            }
        }

        /** What Keras 3 shows for a model built like {@code graph}: a chain is a Sequential model, else functional. */
        public static Options forGraph(ModelGraph graph) {
            return graph.isChain() ? new Options("sequential", true, 0) : new Options("functional", false, 0);
        }

        /** These options with another model name. */
        public Options withModelName(String name) {
            return new Options(name, sequential, lineLength);
        }

        /** These options for a functional model ({@code keras.Model(inputs, outputs)}), input layers shown. */
        public Options functional() {
            return new Options(modelName, false, lineLength);
        }

        /** These options with Keras's {@code line_length}; 0 for its default. */
        public Options withLineLength(int length) {
            return new Options(modelName, sequential, length);
        }
    }

    private Keras3Summary() {
    }

    /** The summary of {@code graph} as Keras 3 prints it in an 80-column terminal, lines ending in '\n'. */
    public static String of(ModelGraph graph) {
        return of(graph, Options.forGraph(graph));
    }

    /**
     * The summary of {@code graph}, lines ending in '\n'.
     *
     * @throws IllegalArgumentException when the line length leaves a column fewer than 4 characters
     */
    public static String of(ModelGraph graph, Options options) {
        ModelAnalysis analysis = graph.analyze();
        boolean chain = graph.isChain();
        boolean sequential = options.sequential() && chain;
        int lineLength = options.lineLength() > 0 ? options.lineLength()
                : Math.min(chain ? SEQUENTIAL_LINE_LENGTH : FUNCTIONAL_LINE_LENGTH, DEFAULT_TERMINAL_COLUMNS - 4);
        HeavyHeadTable table = new HeavyHeadTable(columns(chain), lineLength);

        List<List<String>> rows = new ArrayList<>();
        for (LayerNode node : ModelSummary.rowOrder(graph, analysis)) {
            if (sequential && node.layer() instanceof InputLayer) {
                continue;
            }
            NodeInfo info = analysis.node(node.name());
            List<String> fields = new ArrayList<>(List.of(
                    node.name() + " (" + node.layer().kerasClassName() + ")",
                    info.hasShape() ? info.outputShape().toKerasString() : "?",
                    PythonFormat.thousands(info.parameters().total())));
            if (!chain) {
                fields.add(node.inputs().isEmpty() ? "-"
                        : String.join(", ", node.inputs().stream().map(input -> input + "[0][0]").toList()));
            }
            rows.add(fields);
        }

        StringBuilder out = new StringBuilder();
        out.append("Model: \"").append(options.modelName()).append("\"\n");
        table.render(rows).forEach(line -> out.append(line).append('\n'));
        ParameterCount total = analysis.totalParameters();
        total(out, "Total", total.total());
        total(out, "Trainable", total.trainable());
        total(out, "Non-trainable", total.nonTrainable());
        return out.toString();
    }

    private static void total(StringBuilder out, String label, long parameters) {
        out.append(' ').append(label).append(" params: ").append(PythonFormat.thousands(parameters))
                .append(" (").append(MemorySize.ofParameters(parameters)).append(")\n");
    }

    private static List<HeavyHeadTable.Column> columns(boolean chain) {
        double[] positions = chain ? CHAIN_POSITIONS : GRAPH_POSITIONS;
        List<HeavyHeadTable.Column> columns = new ArrayList<>(List.of(
                new HeavyHeadTable.Column("Layer (type)", CellText.Justify.LEFT, positions[0]),
                new HeavyHeadTable.Column("Output Shape", CellText.Justify.LEFT, positions[1]),
                new HeavyHeadTable.Column("Param #", CellText.Justify.RIGHT, positions[2])));
        if (!chain) {
            columns.add(new HeavyHeadTable.Column("Connected to", CellText.Justify.LEFT, positions[3]));
        }
        return columns;
    }
}
