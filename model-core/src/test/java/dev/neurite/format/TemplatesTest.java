package dev.neurite.format;

import dev.neurite.model.ModelDefinition;
import dev.neurite.graph.ModelAnalysis;
import dev.neurite.graph.TrainingChecks;
import dev.neurite.graph.TrainingContext;
import dev.neurite.layers.ParameterCount;
import dev.neurite.settings.Optimizer;
import dev.neurite.settings.Validation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each shipped template against the Keras parameter formula of its layers. */
class TemplatesTest {

    /** Dense: in * units + units. */
    private static long dense(long in, long units) {
        return in * units + units;
    }

    /** Conv2D: kh * kw * in_channels * filters + filters. */
    private static long conv(long k, long in, long filters) {
        return k * k * in * filters + filters;
    }

    static Stream<Arguments> templates() {
        return Stream.of(
                Arguments.of("mnist-mlp", dense(784, 512) + dense(512, 10), 0L),
                Arguments.of("mnist-mlp-dropout", dense(784, 512) + dense(512, 512) + dense(512, 10), 0L),
                Arguments.of("small-mlp-l2", dense(784, 20) + dense(20, 15) + dense(15, 10), 0L),
                // Normalization adapted on one channel keeps mean, variance and count: 2 * 1 + 1.
                Arguments.of("vgg-cnn", conv(3, 1, 32) + conv(3, 32, 32) + conv(3, 32, 64) + conv(3, 64, 64)
                        + dense(7 * 7 * 64, 512) + dense(512, 10), 3L),
                Arguments.of("quick-cnn", conv(3, 1, 32) + conv(3, 32, 64) + dense(5 * 5 * 64, 10), 0L),
                Arguments.of("logistic", dense(28 * 28, 10), 0L),
                Arguments.of("pca-mlp", dense(60, 128) + dense(128, 10), 0L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void parameterCountMatchesKerasFormula(String id, long trainable, long nonTrainable) {
        ModelAnalysis analysis = Templates.get(id).graph().analyze();
        assertEquals(new ParameterCount(trainable, nonTrainable), analysis.totalParameters());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void templateHasNoProblemsForTenClasses(String id) {
        ModelDefinition template = Templates.get(id);
        assertEquals(List.of(), TrainingChecks.diagnose(template.graph().analyze(),
                TrainingContext.of(template.compile(), 10, "digits")
                        .withPcaComponents(template.fit().pcaComponents())));
        assertTrue(template.template().description().length() > 100);
    }

    @Test
    void mnistMlpHasTheTutorialSettings() {
        ModelDefinition template = Templates.get("mnist-mlp");
        assertEquals(new Optimizer.RmsProp(), template.compile().optimizer());
        assertEquals(100, template.fit().batchSize());
        assertEquals(10, template.fit().epochs());
        assertInstanceOf(Validation.TestSet.class, template.fit().validation());
    }

    @Test
    void smallMlpValidatesOnTheLastFifth() {
        ModelDefinition template = Templates.get("small-mlp-l2");
        assertEquals(new Validation.Split(0.2), template.fit().validation());
        assertInstanceOf(Optimizer.Adam.class, template.compile().optimizer());
        assertEquals(128, template.fit().batchSize());
    }

    @Test
    void unknownTemplateListsTheKnownOnes() {
        ModelFormatException problem = org.junit.jupiter.api.Assertions.assertThrows(ModelFormatException.class,
                () -> Templates.get("resnet"));
        assertTrue(problem.getMessage().contains("mnist-mlp"), problem.getMessage());
    }
}
