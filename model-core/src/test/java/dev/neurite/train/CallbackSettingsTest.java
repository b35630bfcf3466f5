package dev.neurite.train;

import dev.neurite.format.WeightsArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallbackSettingsTest {

    @Test
    void settingsRefuseArgumentsKerasRefuses() {
        assertThrows(IllegalArgumentException.class,
                () -> new CallbackSettings.EarlyStoppingSettings("val_precision", 0, 3, true));
        assertThrows(IllegalArgumentException.class,
                () -> new CallbackSettings.ReduceOnPlateauSettings("val_loss", 1.5, 2, 0, 0, 0));
    }

    @Test
    void settingsMakeTheCallbacksThatAreOnInAFixedOrder(@TempDir Path folder) {
        CallbackSettings settings = CallbackSettings.none()
                .withEarlyStopping(CallbackSettings.EarlyStoppingSettings.defaults())
                .withReduceOnPlateau(CallbackSettings.ReduceOnPlateauSettings.defaults())
                .withCheckpoint(new CallbackSettings.CheckpointSettings(folder, "val_loss", true));
        var callbacks = settings.toCallbacks(new WeightsArchive()::write);
        assertEquals(3, callbacks.size());
        assertTrue(callbacks.get(0) instanceof ModelCheckpoint);
        assertTrue(callbacks.get(2) instanceof EarlyStopping);
        assertTrue(CallbackSettings.none().toCallbacks(new WeightsArchive()::write).isEmpty());
    }
}
