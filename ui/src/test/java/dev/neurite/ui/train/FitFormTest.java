package dev.neurite.ui.train;

import dev.neurite.model.ModelDefinition;
import dev.neurite.format.Templates;
import dev.neurite.settings.Augmentation;
import dev.neurite.settings.PixelScaling;
import dev.neurite.settings.SettingsException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The form's pixel scaling and augmentation: filled from the model's fit and written back into the snapshot. */
class FitFormTest {

    private static final ModelDefinition TEMPLATE = Templates.get("quick-cnn");
    private final FitForm form = new FitForm();

    @Test
    void loadAndApplyCarryThePixelScalingAndTheAugmentation() {
        ModelDefinition model = TEMPLATE.withFit(TEMPLATE.fit().withPixelScaling(PixelScaling.STANDARDIZE)
                .withAugmentation(new Augmentation(10, 0.1, 0.05, 0.2)));
        form.load(model);
        assertEquals(PixelScaling.STANDARDIZE, form.pixelScalingProperty().get());
        assertEquals(10, form.rotationRangeProperty().get());
        assertEquals(0.05, form.heightShiftRangeProperty().get());
        assertEquals(model.fit(), form.apply(TEMPLATE).fit());
    }

    @Test
    void editsReachTheSnapshot() {
        form.load(TEMPLATE);
        form.zoomRangeProperty().set(0.15);
        form.widthShiftRangeProperty().set(0.2);
        form.pixelScalingProperty().set(PixelScaling.STANDARDIZE);
        var fit = form.apply(TEMPLATE).fit();
        assertEquals(new Augmentation(0, 0.2, 0, 0.15), fit.augmentation());
        assertEquals(PixelScaling.STANDARDIZE, fit.pixelScaling());
    }

    @Test
    void preprocessingEditsAreModelEditsButLoadingIsNot() {
        int[] edits = {0};
        form.addModelEditListener(() -> edits[0]++);
        form.load(TEMPLATE.withFit(TEMPLATE.fit().withAugmentation(new Augmentation(5, 0, 0, 0))));
        assertEquals(0, edits[0]);
        form.zoomRangeProperty().set(0.1);
        form.pixelScalingProperty().set(PixelScaling.STANDARDIZE);
        assertEquals(2, edits[0]);
    }

    @Test
    void anImpossibleRangeIsNamed() {
        form.load(TEMPLATE);
        form.rotationRangeProperty().set(270);
        SettingsException problem = assertThrows(SettingsException.class, () -> form.apply(TEMPLATE));
        assertTrue(problem.getMessage().startsWith("rotation_range must be in [0, 180]"), problem.getMessage());
    }
}
