package dev.neurite.ui.editor.palette;

import dev.neurite.layers.LayerCategory;
import dev.neurite.layers.LayerType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaletteViewModelTest {

    @Test
    void everyTypeIsShownInItsGroup() {
        PaletteViewModel palette = new PaletteViewModel();
        assertEquals(List.of(LayerCategory.values()), List.copyOf(palette.groupsProperty().get().keySet()));
        assertEquals(LayerType.values().length,
                palette.groupsProperty().get().values().stream().mapToInt(List::size).sum());
    }

    @Test
    void searchMatchesClassNamesAndDescriptions() {
        PaletteViewModel palette = new PaletteViewModel();
        palette.searchProperty().set("pool");
        assertEquals(List.of(LayerCategory.POOLING), List.copyOf(palette.groupsProperty().get().keySet()));
        palette.searchProperty().set("overfitting");
        assertEquals(LayerType.DROPOUT, palette.firstMatch());
    }

    @Test
    void searchWithoutMatchesLeavesNoGroups() {
        PaletteViewModel palette = new PaletteViewModel();
        palette.searchProperty().set("transformer");
        assertTrue(palette.groupsProperty().get().isEmpty());
        assertEquals(null, palette.firstMatch());
    }
}
