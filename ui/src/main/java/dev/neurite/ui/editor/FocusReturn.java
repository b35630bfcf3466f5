package dev.neurite.ui.editor;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Returns keyboard focus to one node (the canvas) whenever the node that had it leaves the scene: after a Delete, an
 * inspector edit that rebuilds its form, or an applied fix that removes its button. Without it JavaFX hands focus to
 * the first focusable control (the palette's search box), which swallows Ctrl+Z. JavaFX thread only.
 */
final class FocusReturn {

    private FocusReturn() {
    }

    /** Installs the rule on whatever scene {@code target} is shown in, now and later. */
    static void install(Node target) {
        target.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                watch(scene, target);
            }
        });
        if (target.getScene() != null) {
            watch(target.getScene(), target);
        }
    }

    /**
     * JavaFX first clears the focus of a removed node (owner null) and hands it on in the next pulse, so the rule
     * remembers the removal and redirects the next owner.
     */
    private static void watch(Scene scene, Node target) {
        boolean[] returning = {false};
        scene.focusOwnerProperty().addListener((obs, was, now) -> {
            if (target.getScene() != scene) {
                return;
            }
            if (was != null && !isShownIn(scene, was)) {
                returning[0] = true;
            }
            if (returning[0] && now != null) {
                returning[0] = false;
                if (!isInside(now, target)) {
                    Platform.runLater(target::requestFocus);
                }
            }
        });
    }

    private static boolean isShownIn(Scene scene, Node node) {
        if (node.getScene() != scene) {
            return false;
        }
        Parent root = scene.getRoot();
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == root) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInside(Node node, Node container) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == container) {
                return true;
            }
        }
        return false;
    }
}
