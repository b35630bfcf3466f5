package dev.neurite.ui.evaluation;

import dev.neurite.data.DataSet;
import dev.neurite.data.preprocess.GreyImage;
import dev.neurite.ui.draw.GreyImages;
import javafx.scene.image.Image;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders test images from the data set's bytes when a tile first needs them and keeps the most recently used
 * {@value #CAPACITY} (a few screens of scrolling; 28x28 images cost about 3 KB each). JavaFX thread only.
 */
public final class DigitImageCache {

    static final int CAPACITY = 2_000;

    private DataSet set;
    private final Map<Integer, Image> images = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Image> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The image of test image {@code index} of {@code testSet}, rendered once. */
    public Image image(DataSet testSet, int index) {
        if (testSet != set) {
            images.clear();
            set = testSet;
        }
        return images.computeIfAbsent(index, i -> {
            float[] pixels = new float[testSet.pixelsPerImage()];
            testSet.copyImage(i, pixels, 0);
            return GreyImages.inkOnBlack(new GreyImage(testSet.width(), testSet.height(), pixels));
        });
    }
}
