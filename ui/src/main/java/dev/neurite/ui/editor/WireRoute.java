package dev.neurite.ui.editor;

import dev.neurite.format.NodePosition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * How a connection is drawn between the output port (bottom centre) of one node and the input port (top centre) of
 * another, around the other nodes: the canvas draws this path and the placement rules check it, so that both agree.
 * <ol>
 *   <li>A connection that goes down is a smooth curve from port to port when that curve enters no node.</li>
 *   <li>Otherwise (a long connection past other layers, a skip connection) it bends into a free vertical lane
 *   beside the nodes in the gap below its source, runs down the lane and bends back in the gap above its target;
 *   the automatic layout leaves such a lane for every long connection.</li>
 *   <li>A connection that goes up (or has no room to go down) runs down a stub, along to a lane, up it and along to
 *   above its target.</li>
 * </ol>
 * Lanes tried: straight below either port, and beside each node; the one with the least sideways travel whose path
 * enters no node wins, one that keeps half a column gap from the nodes' sides before one that does not. When none is
 * free (nodes moved by hand into a tight cluster) the plain curve is drawn; the placement rules then move a node
 * aside ({@link Placement}).
 * Pure functions; thread-safe.
 */
public final class WireRoute {

    /** How far the plain curve bends out of and into the ports. */
    private static final double BEND = 50;
    /** The length of the straight stubs of a connection that goes up. */
    private static final double STUB = 18;
    /** The height of the band, below the source and above the target, in which a wire bends into its lane. */
    private static final double BAND = NodeGeometry.ROW - NodeGeometry.HEIGHT;
    /** How far a lane keeps from the side of a node. */
    private static final double CLEARANCE = NodeGeometry.COLUMN_GAP / 2;

    private WireRoute() {
    }

    /**
     * The path from the node at {@code from} to the node at {@code to} (top-left corners), kept out of the nodes at
     * {@code nodes} (may include the two ends, which are avoided too except at their ports).
     */
    public static WirePath between(NodePosition from, NodePosition to, Collection<NodePosition> nodes) {
        double x1 = from.x() + NodeGeometry.WIDTH / 2;
        double y1 = from.y() + NodeGeometry.HEIGHT;
        double x2 = to.x() + NodeGeometry.WIDTH / 2;
        double y2 = to.y();
        List<NodePosition> ends = List.of(from, to);
        List<NodePosition> others = nodes.stream().filter(node -> !node.equals(from) && !node.equals(to)).toList();
        WirePath plain = y2 >= y1 + 2 * STUB ? curve(x1, y1, x2, y2) : upward(x1, y1, x2, y2, sideLane(from, to), STUB);
        if (free(plain, others, 0) && free(plain, ends, 0)) {
            return plain;
        }
        List<NodePosition> all = new ArrayList<>(others);
        all.addAll(ends);
        double top = Math.min(y1, y2) - BAND;
        double bottom = Math.max(y1, y2) + BAND;
        List<Double> lanes = lanes(x1, x2, all.stream()
                .filter(node -> node.y() < bottom && node.y() + NodeGeometry.HEIGHT > top).toList());
        for (double margin : new double[] {CLEARANCE - 1, 0}) {
            for (double lane : lanes) {
                for (WirePath candidate : viaLane(x1, y1, x2, y2, lane)) {
                    if (free(candidate, others, margin) && free(candidate, ends, 0)) {
                        return candidate;
                    }
                }
            }
        }
        return plain;
    }

    private static WirePath curve(double x1, double y1, double x2, double y2) {
        double bend = Math.min(BEND, (y2 - y1) / 2);
        return new WirePath(x1, y1, List.of(new WirePath.Curve(x1, y1 + bend, x2, y2 - bend, x2, y2)));
    }

    /** The paths through {@code lane}, best first: bending within the bands when there is room, else stepped. */
    private static List<WirePath> viaLane(double x1, double y1, double x2, double y2, double lane) {
        List<WirePath> paths = new ArrayList<>();
        for (double band : new double[] {BAND, STUB, STUB / 3}) {
            if (y2 - y1 >= 2 * band) {
                paths.add(new WirePath(x1, y1, List.of(
                        new WirePath.Curve(x1, y1 + band / 2, lane, y1 + band / 2, lane, y1 + band),
                        new WirePath.Line(lane, y2 - band),
                        new WirePath.Curve(lane, y2 - band / 2, x2, y2 - band / 2, x2, y2))));
            }
        }
        paths.add(upward(x1, y1, x2, y2, lane, STUB));
        paths.add(upward(x1, y1, x2, y2, lane, STUB / 3));
        return paths;
    }

    private static WirePath upward(double x1, double y1, double x2, double y2, double lane, double stub) {
        return new WirePath(x1, y1, List.of(new WirePath.Line(x1, y1 + stub), new WirePath.Line(lane, y1 + stub),
                new WirePath.Line(lane, y2 - stub), new WirePath.Line(x2, y2 - stub), new WirePath.Line(x2, y2)));
    }

    /** The middle of the gap between the two nodes' sides (the lane of a connection that goes up by default). */
    private static double sideLane(NodePosition from, NodePosition to) {
        return to.x() >= from.x() ? (from.x() + NodeGeometry.WIDTH + to.x()) / 2
                : (from.x() + to.x() + NodeGeometry.WIDTH) / 2;
    }

    /** Candidate lanes, least sideways travel first (ties: the left one). */
    private static List<Double> lanes(double x1, double x2, List<NodePosition> obstacles) {
        TreeSet<Double> lanes = new TreeSet<>(List.of(x1, x2));
        for (NodePosition node : obstacles) {
            lanes.add(node.x() - CLEARANCE);
            lanes.add(node.x() + NodeGeometry.WIDTH + CLEARANCE);
        }
        List<Double> ordered = new ArrayList<>(lanes);
        ordered.sort(Comparator.comparingDouble((Double lane) -> Math.abs(x1 - lane) + Math.abs(lane - x2)));
        return ordered;
    }

    /** Whether {@code path} keeps out of the nodes at {@code obstacles}, widened by {@code margin} on each side. */
    private static boolean free(WirePath path, List<NodePosition> obstacles, double margin) {
        for (NodePosition node : obstacles) {
            if (path.crosses(node.x() - margin, node.y(), NodeGeometry.WIDTH + 2 * margin, NodeGeometry.HEIGHT)) {
                return false;
            }
        }
        return true;
    }
}
