package dev.neurite.imports.keras;

import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.Add;
import dev.neurite.layers.Concatenate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Functional configs with merge layers, in Keras 2's and Keras 3's inbound-node forms. */
class KerasFunctionalConfigTest {

    private static String tensor(String layer) {
        return "{\"class_name\": \"__keras_tensor__\", \"config\": {\"shape\": [null, 8], \"dtype\": \"float32\", "
                + "\"keras_history\": [\"" + layer + "\", 0, 0]}}";
    }

    private static String keras3Layer(String className, String name, String config, String args) {
        return "{\"module\": \"keras.layers\", \"class_name\": \"" + className + "\", \"config\": {\"name\": \""
                + name + "\"" + config + "}, \"registered_name\": null, \"name\": \"" + name + "\", "
                + "\"inbound_nodes\": [" + (args == null ? "" : "{\"args\": [" + args + "], \"kwargs\": {}}") + "]}";
    }

    private static final String KERAS3 = "{\"module\": \"keras.src.models.functional\", \"class_name\": "
            + "\"Functional\", \"config\": {\"name\": \"residual\", \"layers\": ["
            + keras3Layer("InputLayer", "input_layer", ", \"batch_shape\": [null, 8]", null) + ", "
            + keras3Layer("Dense", "a", ", \"units\": 8, \"activation\": \"relu\"", tensor("input_layer")) + ", "
            + keras3Layer("Dense", "b", ", \"units\": 8", tensor("a")) + ", "
            + keras3Layer("Add", "add", "", "[" + tensor("input_layer") + ", " + tensor("b") + "]") + ", "
            + keras3Layer("Dense", "out", ", \"units\": 10, \"activation\": \"softmax\"", tensor("add"))
            + "], \"input_layers\": [[\"input_layer\", 0, 0]], \"output_layers\": [[\"out\", 0, 0]]}, "
            + "\"registered_name\": null}";

    private static final String KERAS2 = "{\"class_name\": \"Model\", \"config\": {\"name\": \"model\", \"layers\": ["
            + "{\"class_name\": \"InputLayer\", \"name\": \"input_1\", \"config\": {\"batch_input_shape\": [null, 8], "
            + "\"name\": \"input_1\"}, \"inbound_nodes\": []}, "
            + "{\"class_name\": \"Dense\", \"name\": \"a\", \"config\": {\"name\": \"a\", \"units\": 4}, "
            + "\"inbound_nodes\": [[[\"input_1\", 0, 0, {}]]]}, "
            + "{\"class_name\": \"Dense\", \"name\": \"b\", \"config\": {\"name\": \"b\", \"units\": 6}, "
            + "\"inbound_nodes\": [[[\"input_1\", 0, 0, {}]]]}, "
            + "{\"class_name\": \"Concatenate\", \"name\": \"concatenate\", \"config\": {\"name\": \"concatenate\", "
            + "\"axis\": -1}, \"inbound_nodes\": [[[\"a\", 0, 0, {}], [\"b\", 0, 0, {}]]]}], "
            + "\"input_layers\": [[\"input_1\", 0, 0]], \"output_layers\": [[\"concatenate\", 0, 0]]}, "
            + "\"keras_version\": \"2.15.0\", \"backend\": \"tensorflow\"}";

    @Test
    void keras3ResidualAddTakesBothInputsInOrder() {
        ModelGraph graph = KerasImporter.readJson(KERAS3, "residual.json").definition().graph();
        assertInstanceOf(Add.class, graph.node("add").layer());
        assertEquals(List.of("input_layer", "b"), graph.node("add").inputs());
        assertFalse(graph.analyze().hasErrors());
        assertEquals(10, graph.analyze().outputShape().last());
    }

    @Test
    void keras2ConcatenateOfTwoBranchesHasTheSumOfTheirWidths() {
        ModelGraph graph = KerasImporter.readJson(KERAS2, "branches.json").definition().graph();
        assertInstanceOf(Concatenate.class, graph.node("concatenate").layer());
        assertEquals(List.of("a", "b"), graph.node("concatenate").inputs());
        assertEquals(10, graph.analyze().outputShape().last());
    }

    @Test
    void sharedLayerCalledTwiceIsRefused() {
        String shared = KERAS2.replace("\"inbound_nodes\": [[[\"input_1\", 0, 0, {}]]]}, {\"class_name\": \"Dense\", "
                + "\"name\": \"b\"", "\"inbound_nodes\": [[[\"input_1\", 0, 0, {}]], [[\"input_1\", 0, 0, {}]]]}, "
                + "{\"class_name\": \"Dense\", \"name\": \"b\"");
        KerasImportException e = assertThrows(KerasImportException.class,
                () -> KerasImporter.readJson(shared, "shared.json"));
        assertTrue(e.getMessage().contains("layer 'a' is called 2 times (a shared layer)"), e.getMessage());
    }

    @Test
    void twoOutputModelIsRefused() {
        String twoOutputs = KERAS2.replace("\"output_layers\": [[\"concatenate\", 0, 0]]",
                "\"output_layers\": [[\"a\", 0, 0], [\"b\", 0, 0]]");
        KerasImportException e = assertThrows(KerasImportException.class,
                () -> KerasImporter.readJson(twoOutputs, "two.json"));
        assertTrue(e.getMessage().contains("has 2 output layers; Neurite models have one input and one output"),
                e.getMessage());
    }
}
