package dev.neurite.eval;

import dev.neurite.data.DataSet;
import dev.neurite.engine.CpuEngine;
import dev.neurite.engine.Network;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Dense;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.Loss;
import dev.neurite.settings.Optimizer;
import dev.neurite.train.Synthetic;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EvaluatorTest {

    @Test
    void scoresFollowTheConfusionMatrix() {
        List<ClassScores> scores = Evaluator.scores(new int[][]{{3, 1}, {2, 4}});
        assertEquals(3.0 / 5, scores.get(0).precision(), 1e-12);
        assertEquals(3.0 / 4, scores.get(0).recall(), 1e-12);
        assertEquals(2 * 0.6 * 0.75 / 1.35, scores.get(0).f1(), 1e-12);
        assertEquals(6, scores.get(1).support());
    }

    @Test
    void evaluationCountsEverySampleOnceAndListsTheWrongOnes() {
        DataSet set = Synthetic.blobs(50, 2, 3, 3, 1);
        Network network = new CpuEngine().compile(ModelGraph.sequential(new InputLayer(TensorShape.of(6)),
                        new Dense(3, ActivationFunction.SOFTMAX)),
                new CompileSettings(new Optimizer.Sgd(), Loss.SPARSE_CATEGORICAL_CROSSENTROPY,
                        java.util.List.of("accuracy")), 1);
        Evaluation evaluation = new Evaluator(16).evaluate(network, set);
        int total = Arrays.stream(evaluation.confusion()).flatMapToInt(Arrays::stream).sum();
        int diagonal = evaluation.confusion()[0][0] + evaluation.confusion()[1][1] + evaluation.confusion()[2][2];
        assertEquals(50, total);
        assertEquals(50 - diagonal, evaluation.misclassified().size());
        assertEquals(diagonal / 50.0, evaluation.accuracy(), 1e-12);
        Misclassified first = evaluation.misclassified().isEmpty() ? null : evaluation.misclassified().get(0);
        if (first != null) {
            float[] single = Evaluator.predict(network, features(set, first.index()));
            assertArrayEquals(first.probabilities(), single, 1e-6f);
        }
    }

    private static float[] features(DataSet set, int index) {
        float[] values = new float[set.pixelsPerImage()];
        set.copyImage(index, values, 0);
        return values;
    }
}
