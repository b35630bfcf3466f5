package dev.neurite.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icons from Ikonli's Feather pack, sized by CSS ({@code .ikonli-font-icon}). Call on the JavaFX thread. */
public final class Icons {

    private Icons() {
    }

    /** A new icon node for {@code icon}. */
    public static FontIcon of(Ikon icon) {
        return new FontIcon(icon);
    }

    /** A new icon node for {@code icon} with an extra style class. */
    public static FontIcon of(Ikon icon, String styleClass) {
        FontIcon node = new FontIcon(icon);
        node.getStyleClass().add(styleClass);
        return node;
    }
}
