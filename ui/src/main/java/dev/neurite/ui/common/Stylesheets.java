package dev.neurite.ui.common;

import javafx.scene.Parent;

import java.net.URL;

/** Adds the stylesheet that sits beside a feature's classes to a node. Call on the JavaFX thread. */
public final class Stylesheets {

    private Stylesheets() {
    }

    /** Adds {@code name} (a resource beside {@code owner}'s class) to {@code node}'s stylesheets. */
    public static void add(Parent node, Class<?> owner, String name) {
        URL url = owner.getResource(name);
        if (url == null) {
            throw new IllegalStateException("Missing stylesheet " + name + " beside " + owner.getName());
        }
        node.getStylesheets().add(url.toExternalForm());
    }
}
