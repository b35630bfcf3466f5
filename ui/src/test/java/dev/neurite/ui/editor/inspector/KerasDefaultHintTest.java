package dev.neurite.ui.editor.inspector;

import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.UpSampling2D;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The inspector's hint of each argument ends with Keras's default from the layer type's registry entry. */
class KerasDefaultHintTest {

    private static String hint(List<LayerArguments.Argument> arguments, String name) {
        return arguments.stream().filter(a -> a.kerasName().equals(name)).findFirst().orElseThrow().hint();
    }

    @Test
    void conv2DArgumentsSayKerassDefaultOrThatKerasRequiresThem() {
        List<LayerArguments.Argument> arguments = LayerArguments.of(new Conv2D(32, Dims2D.square(3)));
        assertEquals("a whole number; required", hint(arguments, "filters"));
        assertEquals("rows and columns, e.g. (3, 3) or 3; Keras's default (1, 1)", hint(arguments, "strides"));
        assertEquals("yes or no; Keras's default True", hint(arguments, "use_bias"));
    }

    @Test
    void upSampling2DShowsItsSizeAndInterpolationDefaults() {
        List<LayerArguments.Argument> arguments = LayerArguments.of(UpSampling2D.of(new Dims2D(3, 3)));
        assertEquals("rows and columns, e.g. (3, 3) or 3; Keras's default (2, 2)", hint(arguments, "size"));
        assertEquals("one of the listed choices; Keras's default 'nearest'", hint(arguments, "interpolation"));
    }
}
