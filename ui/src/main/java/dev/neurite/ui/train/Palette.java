package dev.neurite.ui.train;

import java.awt.Color;
import java.util.List;

/**
 * The Okabe-Ito colours (Okabe and Ito, "Color Universal Design", 2008), distinguishable with the common forms of
 * colour blindness: training in blue, validation in vermillion, overlaid runs in the others.
 */
final class Palette {

    static final Color TRAINING = new Color(0x00, 0x72, 0xB2);
    static final Color VALIDATION = new Color(0xD5, 0x5E, 0x00);
    static final Color TRAINING_FAINT = new Color(0x00, 0x72, 0xB2, 70);
    static final Color EPOCH_MARKER = new Color(0x99, 0x99, 0x99);
    static final List<Color> RUNS = List.of(new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7),
            new Color(0xE6, 0x9F, 0x00), new Color(0x56, 0xB4, 0xE9), new Color(0x00, 0x00, 0x00),
            new Color(0xF0, 0xE4, 0x42));

    private Palette() {
    }

    /** The colour of the {@code index}-th overlaid run. */
    static Color run(int index) {
        return RUNS.get(index % RUNS.size());
    }
}
