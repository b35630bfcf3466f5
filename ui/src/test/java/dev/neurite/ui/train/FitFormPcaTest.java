package dev.neurite.ui.train;

import dev.neurite.format.Templates;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The form's pca_components: filled from the model's fit, written back, an edit of the model. */
class FitFormPcaTest {

    private final FitForm form = new FitForm();

    @Test
    void thePcaTemplatesComponentsFillTheFormAndTurningThemOffReachesTheSnapshot() {
        var template = Templates.get("pca-mlp");
        form.load(template);
        assertEquals(60, form.pcaComponentsProperty().get());
        assertEquals(60, form.apply(template).fit().pcaComponents());
        form.pcaComponentsProperty().set(0);
        assertEquals(0, form.apply(template).fit().pcaComponents());
    }

    @Test
    void changingTheComponentsIsAModelEdit() {
        int[] edits = {0};
        form.addModelEditListener(() -> edits[0]++);
        form.load(Templates.get("mnist-mlp"));
        assertEquals(0, edits[0]);
        form.pcaComponentsProperty().set(30);
        assertEquals(1, edits[0]);
    }
}
