package dev.neurite.ui.editor;

import dev.neurite.format.Project;
import dev.neurite.format.Templates;
import dev.neurite.graph.Keras3Summary;
import dev.neurite.graph.KerasStyle;
import dev.neurite.graph.ModelSummary;
import dev.neurite.layers.Dense;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor's summary follows the chosen Keras style, Keras 2's by default, and every edit. */
class SummaryStyleTest {

    @Test
    void summaryIsKeras2UntilKeras3IsChosen() {
        EditorViewModel editor = new EditorViewModel(Project.of(Templates.get("mnist-mlp")));
        assertEquals(ModelSummary.of(editor.graph()), editor.summaryProperty().get());

        editor.summaryStyleProperty().set(KerasStyle.KERAS3);
        assertEquals(Keras3Summary.of(editor.graph()), editor.summaryProperty().get());
        assertTrue(editor.summaryProperty().get().contains(" Total params: 407,050 (1.55 MB)\n"));

        editor.summaryStyleProperty().set(KerasStyle.KERAS2);
        assertEquals(ModelSummary.of(editor.graph()), editor.summaryProperty().get());
    }

    @Test
    void editsKeepTheChosenStyle() {
        EditorViewModel editor = new EditorViewModel(Project.of(Templates.get("mnist-mlp")));
        editor.summaryStyleProperty().set(KerasStyle.KERAS3);

        editor.replaceLayer("dense", new Dense(128, ((Dense) editor.graph().node("dense").layer()).activation()));

        assertEquals(Keras3Summary.of(editor.graph()), editor.summaryProperty().get());
        assertTrue(editor.summaryProperty().get().contains("100,480"), editor.summaryProperty().get());
    }
}
