package dev.neurite.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.neurite.graph.KerasStyle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Properties;

/**
 * The look the learner chose: light or dark theme, the UI scale (larger fonts) and which Keras's summary layout the
 * Build place shows (Keras 2's by default). Stored as a small properties text. Not thread-safe: JavaFX thread.
 */
public final class Appearance {

    /** The two themes. */
    public enum Theme {
        LIGHT(new PrimerLight().getUserAgentStylesheet()),
        DARK(new PrimerDark().getUserAgentStylesheet());

        private final String stylesheet;

        Theme(String stylesheet) {
            this.stylesheet = stylesheet;
        }

        public String stylesheet() {
            return stylesheet;
        }
    }

    /** The UI scales offered, as percent of the normal font size. */
    public enum Scale {
        NORMAL(100), LARGE(125), LARGER(150);

        private final int percent;

        Scale(int percent) {
            this.percent = percent;
        }

        public int percent() {
            return percent;
        }

        /** The style class on the scene's root that sets the font size (see shell.css). */
        public String styleClass() {
            return "scale-" + percent;
        }
    }

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObjectProperty<Scale> scale = new SimpleObjectProperty<>(this, "scale", Scale.NORMAL);
    private final ObjectProperty<KerasStyle> summaryStyle =
            new SimpleObjectProperty<>(this, "summaryStyle", KerasStyle.KERAS2);

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<Scale> scaleProperty() {
        return scale;
    }

    /** The layout of the model summary: Keras 2's table or Keras 3's. */
    public ObjectProperty<KerasStyle> summaryStyleProperty() {
        return summaryStyle;
    }

    /** The settings as properties text. */
    public String store() {
        Properties properties = new Properties();
        properties.setProperty("theme", theme.get().name());
        properties.setProperty("scale", scale.get().name());
        properties.setProperty("summaryStyle", summaryStyle.get().id());
        StringWriter out = new StringWriter();
        try {
            properties.store(out, "Neurite appearance");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** Reads settings written by {@link #store()}; unknown or missing values keep the defaults. */
    public void load(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            return;
        }
        for (Theme value : Theme.values()) {
            if (value.name().equals(properties.getProperty("theme"))) {
                theme.set(value);
            }
        }
        for (Scale value : Scale.values()) {
            if (value.name().equals(properties.getProperty("scale"))) {
                scale.set(value);
            }
        }
        for (KerasStyle value : KerasStyle.values()) {
            if (value.id().equals(properties.getProperty("summaryStyle"))) {
                summaryStyle.set(value);
            }
        }
    }
}
