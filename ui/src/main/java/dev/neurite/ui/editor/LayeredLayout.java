package dev.neurite.ui.editor;

import dev.neurite.format.NodePosition;
import dev.neurite.graph.LayerNode;
import dev.neurite.graph.ModelGraph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The automatic layout: a small layered (Sugiyama-style) drawing, top to bottom.
 * <ol>
 *   <li>Layers by longest path: a layer one row below its deepest input (a second Input sits just above its first
 *   consumer).</li>
 *   <li>A connection that spans several rows gets a virtual point in each row between its ends: a narrow slot that
 *   keeps a free lane for its wire (see {@link WireRoute}) beside the nodes it passes.</li>
 *   <li>Order within a row: barycentre sweeps, down and up, keeping the order with the fewest crossings.</li>
 *   <li>Places: a chain of one-input/one-output layers, and the virtual points of one connection, each form one
 *   vertical block (chains straight); blocks are kept apart by a gap and pulled, round after round, to the mean
 *   place of their neighbours, so branches stand side by side under the layer they split from and a merge sits
 *   centred under its inputs.</li>
 * </ol>
 * Deterministic: the same graph gives the same places (whole canvas units). Pure; thread-safe.
 */
final class LayeredLayout {

    /** The width of a virtual point's slot. */
    static final double LANE = NodeGeometry.COLUMN_GAP;
    private static final int SWEEPS = 16;
    private static final int ROUNDS = 120;

    private final List<String> names = new ArrayList<>();
    private final List<Integer> layerOf = new ArrayList<>();
    private final List<List<Integer>> ups = new ArrayList<>();
    private final List<List<Integer>> downs = new ArrayList<>();
    private final List<List<Integer>> layers = new ArrayList<>();
    private int[] position;

    private LayeredLayout() {
    }

    /** The places of every node of {@code graph} (top-left corners). */
    static Map<String, NodePosition> of(ModelGraph graph) {
        LayeredLayout layout = new LayeredLayout();
        layout.build(graph);
        layout.order();
        return layout.place();
    }

    // ---- 1 and 2: layers and virtual points -----------------------------------------------------------------------

    private void build(ModelGraph graph) {
        Map<String, Integer> layer = layers(graph);
        Map<String, Integer> item = new HashMap<>();
        for (LayerNode node : graph.nodes()) {
            item.put(node.name(), newItem(node.name(), layer.get(node.name())));
        }
        for (LayerNode node : graph.nodes()) {
            for (String input : new LinkedHashSet<>(node.inputs())) {
                if (!item.containsKey(input) || layer.get(input) >= layer.get(node.name())) {
                    continue;
                }
                int previous = item.get(input);
                for (int row = layer.get(input) + 1; row < layer.get(node.name()); row++) {
                    int virtual = newItem(null, row);
                    link(previous, virtual);
                    previous = virtual;
                }
                link(previous, item.get(node.name()));
            }
        }
    }

    private int newItem(String name, int layer) {
        int id = names.size();
        names.add(name);
        layerOf.add(layer);
        ups.add(new ArrayList<>());
        downs.add(new ArrayList<>());
        while (layers.size() <= layer) {
            layers.add(new ArrayList<>());
        }
        layers.get(layer).add(id);
        return id;
    }

    private void link(int upper, int lower) {
        downs.get(upper).add(lower);
        ups.get(lower).add(upper);
    }

    private boolean virtual(int item) {
        return names.get(item) == null;
    }

    /** Longest-path layers; a node without inputs moves down to just above its highest consumer. */
    private static Map<String, Integer> layers(ModelGraph graph) {
        Map<String, Integer> depth = new HashMap<>();
        for (LayerNode node : graph.nodes()) {
            depthOf(graph, node.name(), depth, new HashSet<>());
        }
        for (LayerNode node : graph.nodes()) {
            boolean source = node.inputs().stream().noneMatch(graph::contains);
            int highest = graph.consumers(node.name()).stream().filter(graph::contains).mapToInt(depth::get).min()
                    .orElse(0);
            if (source && highest > 1) {
                depth.put(node.name(), highest - 1);
            }
        }
        return depth;
    }

    private static int depthOf(ModelGraph graph, String name, Map<String, Integer> depth, Set<String> path) {
        Integer known = depth.get(name);
        if (known != null) {
            return known;
        }
        if (!path.add(name)) {
            return 0;
        }
        int result = 0;
        for (String input : graph.node(name).inputs()) {
            if (graph.contains(input)) {
                result = Math.max(result, depthOf(graph, input, depth, path) + 1);
            }
        }
        path.remove(name);
        depth.put(name, result);
        return result;
    }

    // ---- 3: order within the rows ---------------------------------------------------------------------------------

    private void order() {
        position = new int[names.size()];
        updatePositions();
        List<List<Integer>> best = copyOfLayers();
        int fewest = crossings();
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            if (sweep % 2 == 0) {
                for (int row = 1; row < layers.size(); row++) {
                    sortByBarycentre(layers.get(row), ups);
                }
            } else {
                for (int row = layers.size() - 2; row >= 0; row--) {
                    sortByBarycentre(layers.get(row), downs);
                }
            }
            int count = crossings();
            if (count < fewest) {
                fewest = count;
                best = copyOfLayers();
            }
        }
        for (int row = 0; row < layers.size(); row++) {
            layers.set(row, best.get(row));
        }
        updatePositions();
    }

    private void sortByBarycentre(List<Integer> row, List<List<Integer>> neighbours) {
        Map<Integer, Double> barycentre = new HashMap<>();
        for (int item : row) {
            List<Integer> others = neighbours.get(item);
            barycentre.put(item, others.isEmpty() ? position[item]
                    : others.stream().mapToInt(o -> position[o]).average().orElse(0));
        }
        row.sort(Comparator.comparingDouble(barycentre::get));
        for (int i = 0; i < row.size(); i++) {
            position[row.get(i)] = i;
        }
    }

    private void updatePositions() {
        for (List<Integer> row : layers) {
            for (int i = 0; i < row.size(); i++) {
                position[row.get(i)] = i;
            }
        }
    }

    private List<List<Integer>> copyOfLayers() {
        return layers.stream().map(row -> (List<Integer>) new ArrayList<>(row)).toList();
    }

    private int crossings() {
        int count = 0;
        for (List<Integer> row : layers) {
            List<int[]> links = new ArrayList<>();
            for (int upper : row) {
                for (int lower : downs.get(upper)) {
                    links.add(new int[] {position[upper], position[lower]});
                }
            }
            for (int i = 0; i < links.size(); i++) {
                for (int j = i + 1; j < links.size(); j++) {
                    if ((long) (links.get(i)[0] - links.get(j)[0]) * (links.get(i)[1] - links.get(j)[1]) < 0) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    // ---- 4: places ------------------------------------------------------------------------------------------------

    private Map<String, NodePosition> place() {
        int[] alignedUp = align();
        int[] block = blocks(alignedUp);
        List<List<Constraint>> left = new ArrayList<>();
        List<List<Constraint>> right = new ArrayList<>();
        List<Integer> topological = constraints(block, left, right);
        if (topological == null) {
            Arrays.fill(alignedUp, -1);
            block = blocks(alignedUp);
            left.clear();
            right.clear();
            topological = constraints(block, left, right);
        }
        int blocks = left.size();
        double[] x = new double[blocks];
        for (int b : topological) {
            for (Constraint c : left.get(b)) {
                x[b] = Math.max(x[b], x[c.block()] + c.gap());
            }
        }
        relax(block, x, left, right, topological);
        return positions(block, x);
    }

    /** Which item each item is aligned below (-1: none): chains of single links, never two crossing. */
    private int[] align() {
        int[] alignedUp = new int[names.size()];
        Arrays.fill(alignedUp, -1);
        for (int row = 0; row + 1 < layers.size(); row++) {
            List<int[]> candidates = new ArrayList<>();
            for (int upper : layers.get(row)) {
                for (int lower : downs.get(upper)) {
                    if (downs.get(upper).size() == 1 && ups.get(lower).size() == 1) {
                        int kind = (virtual(upper) ? 0 : 1) + (virtual(lower) ? 0 : 1);
                        candidates.add(new int[] {upper, lower, kind});
                    }
                }
            }
            candidates.sort(Comparator.comparingInt((int[] c) -> c[2]).thenComparingInt(c -> position[c[0]]));
            List<int[]> accepted = new ArrayList<>();
            for (int[] candidate : candidates) {
                boolean crosses = accepted.stream().anyMatch(a -> (long) (position[a[0]] - position[candidate[0]])
                        * (position[a[1]] - position[candidate[1]]) < 0);
                if (!crosses) {
                    accepted.add(candidate);
                    alignedUp[candidate[1]] = candidate[0];
                }
            }
        }
        return alignedUp;
    }

    /** Each item's block: the top item of its aligned chain. */
    private int[] blocks(int[] alignedUp) {
        int[] root = new int[names.size()];
        for (List<Integer> row : layers) {
            for (int item : row) {
                root[item] = alignedUp[item] < 0 ? item : root[alignedUp[item]];
            }
        }
        Map<Integer, Integer> index = new LinkedHashMap<>();
        int[] block = new int[names.size()];
        for (List<Integer> row : layers) {
            for (int item : row) {
                block[item] = index.computeIfAbsent(root[item], r -> index.size());
            }
        }
        return block;
    }

    /** A block that must stay at least {@code gap} to one side of another. */
    private record Constraint(int block, double gap) {
    }

    /**
     * Fills each block's left and right neighbours with the gap to keep; returns the blocks left to right in a
     * topological order, or null if the alignment made that impossible.
     */
    private List<Integer> constraints(int[] block, List<List<Constraint>> left, List<List<Constraint>> right) {
        int blocks = Arrays.stream(block).max().orElse(-1) + 1;
        for (int b = 0; b < blocks; b++) {
            left.add(new ArrayList<>());
            right.add(new ArrayList<>());
        }
        int[] incoming = new int[blocks];
        for (List<Integer> row : layers) {
            for (int i = 0; i + 1 < row.size(); i++) {
                int a = row.get(i);
                int b = row.get(i + 1);
                double gap = (width(a) + width(b)) / 2 + NodeGeometry.COLUMN_GAP;
                right.get(block[a]).add(new Constraint(block[b], gap));
                left.get(block[b]).add(new Constraint(block[a], gap));
                incoming[block[b]]++;
            }
        }
        Deque<Integer> ready = new ArrayDeque<>();
        for (int b = 0; b < blocks; b++) {
            if (incoming[b] == 0) {
                ready.add(b);
            }
        }
        List<Integer> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            int b = ready.poll();
            order.add(b);
            for (Constraint c : right.get(b)) {
                if (--incoming[c.block()] == 0) {
                    ready.add(c.block());
                }
            }
        }
        return order.size() == blocks ? order : null;
    }

    private double width(int item) {
        return virtual(item) ? LANE : NodeGeometry.WIDTH;
    }

    /** Rounds of moving each block to its neighbours' weighted mean place, within the gaps to its sides. */
    private void relax(int[] block, double[] x, List<List<Constraint>> left, List<List<Constraint>> right,
            List<Integer> topological) {
        int blocks = x.length;
        List<List<Integer>> members = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            members.add(new ArrayList<>());
        }
        for (int item = 0; item < names.size(); item++) {
            members.get(block[item]).add(item);
        }
        for (int round = 0; round < ROUNDS; round++) {
            boolean forward = round % 2 == 0;
            for (int k = 0; k < blocks; k++) {
                int b = topological.get(forward ? k : blocks - 1 - k);
                double wanted = mean(members.get(b), block, x);
                double low = -Double.MAX_VALUE;
                double high = Double.MAX_VALUE;
                for (Constraint c : left.get(b)) {
                    low = Math.max(low, x[c.block()] + c.gap());
                }
                for (Constraint c : right.get(b)) {
                    high = Math.min(high, x[c.block()] - c.gap());
                }
                x[b] = Math.max(low, Math.min(high, wanted));
            }
        }
    }

    /**
     * The mean place of the items linked to a block's {@code members} from outside it, at their current places:
     * every link pulls alike (a long connection's lane is one straight block anyway), so a layer is centred over
     * its consumers whether they are layers or lanes.
     */
    private double mean(List<Integer> members, int[] block, double[] x) {
        int b = block[members.get(0)];
        double sum = 0;
        int links = 0;
        for (int item : members) {
            for (List<Integer> neighbours : List.of(ups.get(item), downs.get(item))) {
                for (int other : neighbours) {
                    if (block[other] != b) {
                        sum += x[block[other]];
                        links++;
                    }
                }
            }
        }
        return links == 0 ? x[b] : sum / links;
    }

    private Map<String, NodePosition> positions(int[] block, double[] x) {
        double leftmost = Double.MAX_VALUE;
        for (int item = 0; item < names.size(); item++) {
            leftmost = Math.min(leftmost, Math.round(x[block[item]]) - width(item) / 2);
        }
        Map<String, NodePosition> result = new LinkedHashMap<>();
        for (List<Integer> row : layers) {
            for (int item : row) {
                if (!virtual(item)) {
                    double centre = Math.round(x[block[item]]);
                    result.put(names.get(item), new NodePosition(
                            NodeGeometry.MARGIN + centre - NodeGeometry.WIDTH / 2 - leftmost,
                            NodeGeometry.MARGIN + layerOf.get(item) * NodeGeometry.ROW));
                }
            }
        }
        return result;
    }
}
