package dev.neurite.ui.editor;

import dev.neurite.format.ModelFileFormat;
import dev.neurite.format.NodePosition;
import dev.neurite.format.Project;
import dev.neurite.format.ProjectFile;
import dev.neurite.graph.LayerNode;
import dev.neurite.layers.LayerType;
import dev.neurite.model.ModelDefinition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property: any sequence of editor commands (adding, splicing, moving a layer into a connection, connecting,
 * disconnecting, deleting with and without reconnecting, applying fixes, pasting, laying out, once or after each
 * edit), with undos and redos mixed in, leaves a graph that the model file and the project file save and read back
 * unchanged, and a layout that hides nothing (no node over another, no connection's drawn path through a node other
 * than its ends, see {@link Clearance}); undoing everything gives back the start. Seeded, so a failure repeats.
 */
class EditorCommandSequencesTest {

    private static final int STEPS = 40;
    private static final LayerType[] TYPES = LayerType.values();
    private static final List<String> COMMANDS = List.of("add", "append", "splice", "move into", "connect",
            "disconnect", "delete", "delete", "fix", "copy and paste", "layout", "undo", "redo", "move",
            "toggle layout after each edit");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void everySequenceOfCommandsLeavesAGraphThatSavesAndReadsBack(long seed) throws IOException {
        Random random = new Random(seed);
        EditorViewModel editor = EditorFixtures.chain();
        ModelDefinition start = editor.project().model();
        List<String> done = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            done.add(command(editor, random));
            assertSavesAndReadsBack(editor.project(), "seed " + seed + " after " + done);
            assertNothingHidden(editor.project(), "seed " + seed + " after " + done);
        }
        while (editor.history().canUndoProperty().get()) {
            editor.undo();
        }
        assertEquals(start, editor.project().model(), "seed " + seed + ": undoing " + done);
    }

    private static String command(EditorViewModel editor, Random random) {
        List<String> names = editor.graph().nodes().stream().map(LayerNode::name).toList();
        String some = names.isEmpty() ? null : names.get(random.nextInt(names.size()));
        List<Connection> connections = new ArrayList<>();
        for (LayerNode node : editor.graph().nodes()) {
            node.inputs().forEach(input -> connections.add(new Connection(input, node.name())));
        }
        Connection wire = connections.isEmpty() ? null : connections.get(random.nextInt(connections.size()));
        LayerType type = TYPES[random.nextInt(TYPES.length)];
        int chosen = random.nextInt(COMMANDS.size());
        switch (chosen) {
            case 0 -> editor.addLayer(type, new NodePosition(random.nextInt(900), random.nextInt(900)));
            case 13 -> {
                if (some != null) {
                    editor.move(Map.of(some, new NodePosition(random.nextInt(900), random.nextInt(900))));
                }
            }
            case 1 -> {
                if (some != null) {
                    editor.selection().selectOnly(List.of(some));
                }
                editor.appendLayer(type);
            }
            case 2 -> {
                if (wire != null) {
                    editor.spliceLayer(type, wire);
                }
            }
            case 3 -> {
                if (wire != null && some != null) {
                    editor.spliceExisting(some, wire);
                }
            }
            case 4 -> {
                if (some != null) {
                    editor.connect(some, names.get(random.nextInt(names.size())));
                }
            }
            case 5 -> {
                if (wire != null) {
                    editor.disconnect(wire);
                }
            }
            case 6, 7 -> {
                if (some != null) {
                    editor.selection().selectOnly(List.of(some));
                    if (random.nextBoolean()) {
                        editor.deleteSelection();
                    } else {
                        editor.deleteSelectionWithoutReconnect();
                    }
                }
            }
            case 8 -> editor.diagnostics().stream().filter(d -> d.fix() != null).findFirst()
                    .ifPresent(editor::applyFix);
            case 9 -> {
                if (some != null) {
                    editor.selection().selectOnly(List.of(some));
                    editor.copySelection();
                    editor.paste();
                }
            }
            case 10 -> editor.autoLayout();
            case 14 -> editor.layoutAfterEditsProperty().set(!editor.layoutAfterEditsProperty().get());
            case 11 -> editor.undo();
            case 12 -> editor.redo();
            default -> throw new IllegalStateException("no command " + chosen);
        }
        return COMMANDS.get(chosen) + (chosen <= 3 ? " " + type.kerasClassName() : "");
    }

    /** No node over another, no connection's drawn path through a node that is not one of its ends. */
    private static void assertNothingHidden(Project project, String what) {
        List<Clearance.Problem> problems = Clearance.problems(project.model().graph(), project.layout());
        assertTrue(problems.isEmpty(), problems + ": " + what + " in " + project.layout());
    }

    private static void assertSavesAndReadsBack(Project project, String what) throws IOException {
        ModelDefinition model = project.model();
        assertEquals(model.graph(), ModelFileFormat.read(ModelFileFormat.write(model), "test").graph(), what);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProjectFile.writeTo(project, bytes);
        Project read = ProjectFile.read(new ByteArrayInputStream(bytes.toByteArray()), "test");
        assertEquals(model.graph(), read.model().graph(), what);
        assertEquals(Map.copyOf(project.layout()), Map.copyOf(read.layout()), what);
    }
}
