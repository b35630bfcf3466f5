package dev.neurite.export;

import dev.neurite.layers.LayerConfig;
import dev.neurite.layers.PythonArguments;

import java.util.ArrayList;
import java.util.List;

/**
 * The Python constructor call of one layer, with only the arguments that differ from Keras's defaults. Each layer
 * type says which ({@link LayerConfig#pythonArguments}); this class makes them literals and joins them.
 */
final class PythonLayer {

    private PythonLayer() {
    }

    /** E.g. {@code layers.Dense(512, activation="relu", name="dense")}. */
    static String call(LayerConfig layer, String name) {
        Arguments args = new Arguments(new ArrayList<>());
        layer.pythonArguments(args);
        args.keyword("name", PythonLiteral.string(name));
        return "layers." + layer.kerasClassName() + "(" + String.join(", ", args.code()) + ")";
    }

    /** The arguments written so far, in order. */
    private record Arguments(List<String> code) implements PythonArguments {

        @Override
        public void positional(String argument) {
            code.add(argument);
        }

        @Override
        public void keyword(String name, String argument) {
            code.add(name + "=" + argument);
        }

        @Override
        public String number(double value) {
            return PythonLiteral.number(value);
        }

        @Override
        public String string(String text) {
            return PythonLiteral.string(text);
        }
    }
}
