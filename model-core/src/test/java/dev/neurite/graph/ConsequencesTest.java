package dev.neurite.graph;

import dev.neurite.format.Templates;
import dev.neurite.model.ModelDefinition;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One cause, one diagnostic, one fix: the VGG template with its Flatten deleted and the pooling connected to the
 * Dense layer has one error, at dense, with the fix; what it breaks later is listed under it; the fix clears all.
 */
class ConsequencesTest {

    private static ModelGraph vggWithoutFlatten() {
        ModelGraph graph = Templates.get("vgg-cnn").graph();
        return graph.removeReconnecting("flatten");
    }

    private static List<Diagnostic> diagnose(ModelGraph graph) {
        ModelDefinition vgg = Templates.get("vgg-cnn");
        return TrainingChecks.diagnose(graph.analyze(), TrainingContext.of(vgg.compile(), 10, "digits"));
    }

    @Test
    void aMissingFlattenIsOneErrorWithTheLaterFailuresListedUnderIt() {
        List<Diagnostic> errors = diagnose(vggWithoutFlatten()).stream().filter(Diagnostic::isError).toList();

        assertEquals(1, errors.size(), errors.toString());
        Diagnostic cause = errors.get(0);
        assertEquals("dense", cause.node());
        assertEquals("Insert Flatten", cause.fix().label());
        assertEquals(2, cause.consequences().size(), cause.consequences().toString());
        assertTrue(cause.consequences().stream().allMatch(c -> c.startsWith("dense_1: ")), cause.toString());
        assertTrue(cause.toString().contains("\n  because of this: dense_1: The model's output is (None, 7, 7, 10)"),
                cause.toString());
    }

    @Test
    void applyingTheOneFixClearsEveryError() {
        ModelGraph broken = vggWithoutFlatten();
        Diagnostic cause = diagnose(broken).stream().filter(Diagnostic::isError).findFirst().orElseThrow();

        ModelGraph fixed = cause.fix().applyTo(broken);

        assertEquals(List.of(), diagnose(fixed).stream().filter(Diagnostic::isError).toList());
    }

    @Test
    void errorsInTwoBranchesStayTwoDiagnosticsAndTheMergeBelowIsUnderTheFirst() {
        ModelGraph graph = ModelGraph.of(List.of(
                new LayerNode("input", new dev.neurite.layers.InputLayer(dev.neurite.layers.TensorShape.of(784)),
                        List.of()),
                new LayerNode("left", new dev.neurite.layers.Reshape(List.of(5)), List.of("input")),
                new LayerNode("right", new dev.neurite.layers.Reshape(List.of(7)), List.of("input")),
                new LayerNode("join", new dev.neurite.layers.Concatenate(), List.of("left", "right"))));

        List<Diagnostic> errors = graph.analyze().diagnostics().stream().filter(Diagnostic::isError).toList();

        assertEquals(List.of("left", "right"), errors.stream().map(Diagnostic::node).toList(), errors.toString());
    }
}
