package dev.neurite.ui.inside;

import javafx.scene.Node;
import javafx.scene.Parent;

/** Reads what a layer panel's feature-map grid shows, for tests in other packages. JavaFX thread. */
public final class FeatureMapGridProbe {

    private final FeatureMapGrid grid;

    private FeatureMapGridProbe(FeatureMapGrid grid) {
        this.grid = grid;
    }

    /** The grid inside {@code panel} (a layer panel). */
    public static FeatureMapGridProbe of(Node panel) {
        return new FeatureMapGridProbe(find((Parent) panel));
    }

    private static FeatureMapGrid find(Parent parent) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof FeatureMapGrid grid) {
                return grid;
            }
            if (child instanceof Parent inner) {
                FeatureMapGrid found = find(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    public int channels() {
        return grid.channels();
    }

    /** The pixels shown for {@code channel}. */
    public int[] shown(int channel) {
        return grid.shownPixels(channel);
    }

    /** The (column, row) of {@code channel}'s cell. */
    public int[] cell(int channel) {
        return grid.cellOf(channel);
    }
}
