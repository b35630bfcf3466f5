package dev.neurite.graph;

import dev.neurite.model.ModelDefinition;
import dev.neurite.format.Templates;
import dev.neurite.layers.FixAction;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With pca_components k the editor's checks want the Input to be (None, k) and offer to set it. */
class PcaInputCheckTest {

    private static List<Diagnostic> diagnose(ModelDefinition model, int components) {
        return TrainingChecks.diagnose(model.graph().analyze(),
                TrainingContext.of(model.compile(), 10, "digits").withPcaComponents(components));
    }

    @Test
    void pixelsInputWithPcaIsAnErrorWhoseFixSetsTheInputToTheComponents() {
        ModelDefinition mlp = Templates.get("mnist-mlp");
        List<Diagnostic> diagnostics = diagnose(mlp, 60);
        assertEquals(1, diagnostics.size(), diagnostics.toString());
        Diagnostic problem = diagnostics.get(0);
        assertTrue(problem.isError());
        assertEquals("input_1", problem.node());
        assertTrue(problem.message().contains("Input must be (None, 60), not (None, 784)"), problem.message());
        Fix.AtNode fix = assertInstanceOf(Fix.AtNode.class, problem.fix());
        FixAction.Replace replace = assertInstanceOf(FixAction.Replace.class, fix.action());
        assertEquals(new InputLayer(TensorShape.of(60)), replace.layer());
    }

    @Test
    void applyingTheFixLeavesNoProblem() {
        ModelDefinition mlp = Templates.get("mnist-mlp");
        ModelGraph fixed = mlp.graph().replace("input_1", new InputLayer(TensorShape.of(60)));
        assertEquals(List.of(), diagnose(mlp.withGraph(fixed), 60));
    }

    @Test
    void theTemplateMatchesItsOwnPcaAndNoPcaChecksNothing() {
        ModelDefinition template = Templates.get("pca-mlp");
        assertEquals(List.of(), diagnose(template, template.fit().pcaComponents()));
        assertEquals(List.of(), diagnose(Templates.get("quick-cnn"), 0));
    }
}
