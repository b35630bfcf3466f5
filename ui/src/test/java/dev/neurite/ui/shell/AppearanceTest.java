package dev.neurite.ui.shell;

import dev.neurite.graph.KerasStyle;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The view settings survive a store and load; unknown values keep the defaults. */
class AppearanceTest {

    @Test
    void summaryStyleIsStoredAndLoadedWithTheOtherSettings() {
        Appearance chosen = new Appearance();
        chosen.summaryStyleProperty().set(KerasStyle.KERAS3);
        chosen.scaleProperty().set(Appearance.Scale.LARGE);
        String text = chosen.store();
        assertTrue(text.contains("summaryStyle=keras3"), text);

        Appearance loaded = new Appearance();
        loaded.load(text);

        assertEquals(KerasStyle.KERAS3, loaded.summaryStyleProperty().get());
        assertEquals(Appearance.Scale.LARGE, loaded.scaleProperty().get());
    }

    @Test
    void summaryStyleDefaultsToKeras2ForOldOrUnknownSettings() {
        Appearance old = new Appearance();
        old.load("theme=DARK\nscale=NORMAL\n");
        assertEquals(KerasStyle.KERAS2, old.summaryStyleProperty().get());

        Appearance unknown = new Appearance();
        unknown.load("summaryStyle=keras9\n");
        assertEquals(KerasStyle.KERAS2, unknown.summaryStyleProperty().get());
    }
}
