package dev.neurite.ui.editor;

import dev.neurite.format.Project;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Dense;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import dev.neurite.model.ModelDefinition;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.FitSettings;

/** Editors the tests start from. */
public final class EditorFixtures {

    private EditorFixtures() {
    }

    /** input_1 -> dense (64, relu) -> dense_1 (10, softmax), laid out top to bottom. */
    public static EditorViewModel chain() {
        return new EditorViewModel(Project.of(new ModelDefinition(ModelGraph.sequential(
                new InputLayer(TensorShape.of(784)), new Dense(64, ActivationFunction.RELU),
                new Dense(10, ActivationFunction.SOFTMAX)), CompileSettings.defaults(), FitSettings.defaults(),
                null)));
    }
}
