package dev.neurite.format;

import dev.neurite.model.ModelDefinition;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.Activation;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Add;
import dev.neurite.layers.AveragePooling2D;
import dev.neurite.layers.BatchNormalization;
import dev.neurite.layers.Concatenate;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.Dropout;
import dev.neurite.layers.Flatten;
import dev.neurite.layers.GlobalAveragePooling2D;
import dev.neurite.layers.Initializer;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.MaxPooling2D;
import dev.neurite.layers.Normalization;
import dev.neurite.layers.Padding;
import dev.neurite.layers.Regularizer;
import dev.neurite.layers.Rescaling;
import dev.neurite.layers.Reshape;
import dev.neurite.layers.TensorShape;
import dev.neurite.layers.ZeroPadding2D;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.Loss;
import dev.neurite.settings.Optimizer;
import dev.neurite.settings.Validation;

import java.util.List;

/** A model that uses every layer type with non-default arguments, for format tests. */
final class ModelFixtures {

    private ModelFixtures() {
    }

    static ModelDefinition everyLayer() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(784)),
                new Rescaling(1 / 255.0, -0.5), new Reshape(List.of(28, 28, -1)),
                new Normalization(-1, List.of(0.13), List.of(0.09)), new ZeroPadding2D(1, 2, 0, 3),
                new Conv2D(8, new Dims2D(3, 5), Dims2D.square(2), Padding.SAME, Dims2D.square(1),
                        ActivationFunction.ELU, false, Initializer.HE_NORMAL, Initializer.ONES, Regularizer.l1(1e-4),
                        Regularizer.l1L2(0.01, 0.02)),
                new BatchNormalization(-1, 0.9, 1e-5, false, true), new Activation(ActivationFunction.GELU));
        graph = graph.add(new MaxPooling2D(Dims2D.square(3), Dims2D.square(1), Padding.SAME), List.of("activation"));
        graph = graph.add(new AveragePooling2D(Dims2D.square(2), Dims2D.square(1), Padding.SAME),
                List.of("activation"));
        graph = graph.add(new Add(), List.of("max_pooling2d", "average_pooling2d"));
        graph = graph.add(new Concatenate(-1), List.of("add", "activation"));
        graph = graph.add(new GlobalAveragePooling2D(true), List.of("concatenate"));
        graph = graph.append(new Flatten()).append(new Dropout(0.25, 7L))
                .append(new Dense(10, ActivationFunction.SOFTMAX, true, Initializer.GLOROT_NORMAL,
                        Initializer.ZEROS, Regularizer.l2(0.01), null));
        return new ModelDefinition(graph,
                new CompileSettings(new Optimizer.Sgd(0.05, 0.9, true), Loss.SPARSE_CATEGORICAL_CROSSENTROPY,
                        List.of("accuracy")),
                FitSettings.defaults().withBatchSize(64).withEpochs(3).withValidation(new Validation.Split(0.1))
                        .withShuffle(false).withSeed(1234), null);
    }
}
