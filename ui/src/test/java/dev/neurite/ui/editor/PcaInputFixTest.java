package dev.neurite.ui.editor;

import dev.neurite.format.Project;
import dev.neurite.format.Templates;
import dev.neurite.graph.Diagnostic;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With pca_components on, the editor flags an Input that does not take the components and its fix sets it. */
class PcaInputFixTest {

    @Test
    void theInputIsFlaggedAndTheFixSetsItToTheComponents() {
        var mlp = Templates.get("mnist-mlp");
        EditorViewModel editor = new EditorViewModel(Project.of(mlp.withFit(mlp.fit().withPcaComponents(60))));
        Diagnostic problem = editor.diagnostics().stream().filter(d -> "input_1".equals(d.node()))
                .findFirst().orElseThrow();
        assertTrue(problem.isError() && problem.fix() != null, problem.toString());

        editor.applyFix(problem);

        assertEquals(new InputLayer(TensorShape.of(60)), editor.graph().node("input_1").layer());
        assertTrue(editor.diagnostics().isEmpty(), editor.diagnostics().toString());
    }
}
