package dev.neurite.ui.editor;

import dev.neurite.NeuriteException;
import dev.neurite.data.DataCatalog;
import dev.neurite.model.ModelDefinition;
import dev.neurite.format.NodePosition;
import dev.neurite.format.Project;
import dev.neurite.format.TrainedWeights;
import dev.neurite.graph.Diagnostic;
import dev.neurite.graph.LayerNode;
import dev.neurite.graph.ModelAnalysis;
import dev.neurite.graph.ModelGraph;
import dev.neurite.graph.KerasStyle;
import dev.neurite.graph.ModelSummary;
import dev.neurite.graph.TrainingChecks;
import dev.neurite.graph.TrainingContext;
import dev.neurite.layers.LayerConfig;
import dev.neurite.layers.LayerType;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.FitSettings;
import dev.neurite.train.RunRecord;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The model editor's state and commands: the project being edited, what analysis says about it (shapes, parameter
 * counts, problems, the Keras summary), the selection, and undo/redo. Every change of the project goes through a
 * command here and is recorded as an {@link Edit}.
 *
 * <p>Not thread-safe: used on the JavaFX application thread (or one test thread; it needs no window). Analysis of
 * a model of a few hundred layers takes well under a frame, so it runs inline.
 */
public final class EditorViewModel {

    /** The classes assumed for a data set the catalogue does not know. */
    public static final int DEFAULT_CLASSES = 10;

    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final ReadOnlyObjectWrapper<ModelAnalysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ObservableList<Diagnostic> diagnostics = FXCollections.observableArrayList();
    private final ObservableList<Diagnostic> readOnlyDiagnostics =
            FXCollections.unmodifiableObservableList(diagnostics);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyLongWrapper wholeModels = new ReadOnlyLongWrapper(this, "wholeModels");
    private final BooleanProperty layoutAfterEdits = new SimpleBooleanProperty(this, "layoutAfterEdits");
    private final ObjectProperty<KerasStyle> summaryStyle =
            new SimpleObjectProperty<>(this, "summaryStyle", KerasStyle.KERAS2);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final Selection selection = new Selection();
    private final UndoHistory history = new UndoHistory();
    private final long memoryBudget = TrainingContext.defaultMemoryBudget();
    private Project saved;
    private List<LayerNode> clipboard = List.of();
    private Map<String, NodePosition> clipboardPositions = Map.of();

    /** An editor of {@code initial}, which counts as saved. */
    public EditorViewModel(Project initial) {
        reset(initial);
        summaryStyle.addListener((obs, old, now) -> summary.set(summaryText(graph())));
    }

    // ---- Properties -----------------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public Project project() {
        return project.get();
    }

    public ModelGraph graph() {
        return project.get().model().graph();
    }

    public ReadOnlyObjectProperty<ModelAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** The problems of the model, structural and for training on the chosen data set; read-only. */
    public ObservableList<Diagnostic> diagnostics() {
        return readOnlyDiagnostics;
    }

    /** Keras's {@code model.summary()} text of the current graph, in the {@link #summaryStyleProperty() style}. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Which Keras's summary layout {@link #summaryProperty()} has: Keras 2's (the default) or Keras 3's. */
    public ObjectProperty<KerasStyle> summaryStyleProperty() {
        return summaryStyle;
    }

    /** The last thing the editor has to say, e.g. why a connection was refused; empty if nothing. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the project differs from the one last saved, opened or created. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public Selection selection() {
        return selection;
    }

    public UndoHistory history() {
        return history;
    }

    // ---- Commands: layers and connections -------------------------------------------------------------------------

    /**
     * Adds a default layer of {@code type} at {@code position}, selects it and returns its name. When it is dropped
     * close below the output of a layer that feeds nothing yet (the selected one first), it is connected after that
     * layer in the same edit, so that building a chain costs one drag per layer.
     */
    public String addLayer(LayerType type, NodePosition position) {
        String name = graph().uniqueName(type);
        LayerNode node = new LayerNode(name, type.createDefault(), List.of());
        Optional<String> above = openEndAbove(position);
        apply("Add " + type.kerasClassName(), p -> {
            Project added = ProjectEdits.add(p, node, position);
            ModelGraph graph = added.model().graph();
            boolean connect = above.isPresent() && graph.connectionProblem(above.get(), name).isEmpty();
            return connect ? ProjectEdits.settle(ProjectEdits.withGraph(added, graph.connect(above.get(), name)),
                    List.of(name)) : added;
        });
        selection.selectOnly(List.of(name));
        return name;
    }

    /**
     * The layer without consumers whose node lies just above {@code position} (at most two rows up, overlapping
     * horizontally); the selected layer wins when it qualifies, else the nearest.
     */
    private Optional<String> openEndAbove(NodePosition position) {
        String selected = selection.primaryProperty().get();
        String best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Map.Entry<String, NodePosition> entry : project().layout().entrySet()) {
            NodePosition at = entry.getValue();
            double dy = position.y() - at.y();
            double dx = Math.abs(position.x() - at.x());
            if (!graph().contains(entry.getKey()) || !graph().consumers(entry.getKey()).isEmpty()
                    || dy <= NodeGeometry.HEIGHT / 2 || dy > 2 * NodeGeometry.ROW || dx >= NodeGeometry.WIDTH) {
                continue;
            }
            if (entry.getKey().equals(selected)) {
                return Optional.of(selected);
            }
            double distance = dx + dy;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = entry.getKey();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Adds a default layer of {@code type} after the selected layer, as one edit: the new layer takes over the
     * selected layer's outgoing connections (inserted into a chain, never a silent branch) and takes its successor's
     * place, pushing the nodes below it one row down; appended one row below when the selected layer feeds nothing.
     * Without a selection it goes below everything, unconnected.
     */
    public String appendLayer(LayerType type) {
        String after = selection.primaryProperty().get();
        String name = graph().uniqueName(type);
        LayerNode node = new LayerNode(name, type.createDefault(), List.of());
        if (after == null || !graph().contains(after)) {
            NodePosition position = new NodePosition(NodeGeometry.MARGIN, project().layout().values().stream()
                    .mapToDouble(p -> p.y() + NodeGeometry.ROW).max().orElse(NodeGeometry.MARGIN));
            return addLayer(type, position);
        }
        apply("Add " + type.kerasClassName() + " after " + after,
                p -> ProjectEdits.withGraph(p, p.model().graph().insertAfter(after, node)));
        selection.selectOnly(List.of(name));
        return name;
    }

    /**
     * Splices a default layer of {@code type} into {@code connection} (from -> new -> to) as one edit, the new layer
     * taking the successor's place and pushing the nodes below one row down, and selects it; the reason when a
     * {@code type} layer cannot be spliced (see {@link #spliceProblem}).
     */
    public Optional<String> spliceLayer(LayerType type, Connection connection) {
        Optional<String> problem = spliceProblem(type);
        if (problem.isPresent()) {
            message.set(problem.get());
            return problem;
        }
        String name = graph().uniqueName(type);
        LayerNode node = new LayerNode(name, type.createDefault(), List.of());
        apply("Insert " + type.kerasClassName() + " between " + connection.from() + " and " + connection.to(),
                p -> ProjectEdits.withGraph(p, p.model().graph().splice(connection.from(), connection.to(), node)));
        if (graph().contains(name)) {
            selection.selectOnly(List.of(name));
        }
        return Optional.empty();
    }

    /**
     * Moves the existing layer {@code name} into {@code connection} as one edit: it leaves its place (its neighbours
     * reconnected, as Delete does) and is spliced between the connection's ends; the reason when it cannot be (an
     * Input or merge layer, or a connection that touches the layer itself).
     */
    public Optional<String> spliceExisting(String name, Connection connection) {
        LayerNode moved = graph().node(name);
        Optional<String> problem = spliceProblem(moved.layer().type());
        if (problem.isEmpty() && (connection.from().equals(name) || connection.to().equals(name))) {
            problem = Optional.of(name + " is already an end of that connection.");
        }
        if (problem.isPresent()) {
            message.set(problem.get());
            return problem;
        }
        apply("Move " + name + " between " + connection.from() + " and " + connection.to(),
                p -> ProjectEdits.withGraph(p, p.model().graph().removeReconnecting(name)
                        .splice(connection.from(), connection.to(), moved.withInputs(List.of()))));
        selection.selectOnly(List.of(name));
        return Optional.empty();
    }

    /** Why a {@code type} layer cannot be spliced into a connection (it needs one input and one output), or empty. */
    public static Optional<String> spliceProblem(LayerType type) {
        if (type == LayerType.INPUT_LAYER || type.isMerge()) {
            return Optional.of(type.kerasClassName() + " cannot be inserted into a connection: it does not take"
                    + " exactly one input.");
        }
        return Optional.empty();
    }

    /** Why {@code from -> to} cannot be connected, or empty if it can. */
    public Optional<String> connectionProblem(String from, String to) {
        return graph().connectionProblem(from, to);
    }

    /** Connects {@code from -> to} unless that is illegal; returns the reason when it is refused. */
    public Optional<String> connect(String from, String to) {
        Optional<String> problem = connectionProblem(from, to);
        if (problem.isPresent()) {
            message.set(problem.get());
            return problem;
        }
        apply("Connect " + from + " \u2192 " + to, p -> ProjectEdits.withGraph(p, graph().connect(from, to)));
        return Optional.empty();
    }

    /** Connects the first selected node to the second (the keyboard's way to connect); the reason if refused. */
    public Optional<String> connectSelected() {
        List<String> selected = List.copyOf(selection.nodes());
        if (selected.size() != 2) {
            String reason = "Select two layers (Ctrl+click) to connect the first to the second.";
            message.set(reason);
            return Optional.of(reason);
        }
        return connect(selected.get(0), selected.get(1));
    }

    /** Moves the selected nodes by (dx, dy) canvas units, as one edit (arrow keys). */
    public void nudgeSelection(double dx, double dy) {
        Map<String, NodePosition> moves = new LinkedHashMap<>();
        for (String name : selection.nodes()) {
            NodePosition position = project().layout().get(name);
            if (position != null) {
                moves.put(name, position.plus(dx, dy));
            }
        }
        move(moves);
    }

    public void disconnect(Connection connection) {
        apply("Disconnect " + connection.from() + " \u2192 " + connection.to(),
                p -> ProjectEdits.withGraph(p, graph().disconnect(connection.from(), connection.to())));
        selection.clear();
    }

    /**
     * Deletes the selected nodes, or else the selected connection. A single layer with exactly one input is deleted
     * with its neighbours reconnected (its input feeds its consumers), in the same edit.
     */
    public void deleteSelection() {
        deleteSelection(true);
    }

    /** Deletes the selected nodes (never reconnecting, Shift+Delete), or else the selected connection. */
    public void deleteSelectionWithoutReconnect() {
        deleteSelection(false);
    }

    private void deleteSelection(boolean reconnect) {
        if (!selection.nodes().isEmpty()) {
            List<String> names = List.copyOf(selection.nodes());
            if (reconnect && names.size() == 1) {
                String name = names.get(0);
                apply("Delete " + name, p -> ProjectEdits.withGraph(p, p.model().graph().removeReconnecting(name)));
            } else {
                apply(names.size() == 1 ? "Delete " + names.get(0) : "Delete " + names.size() + " layers",
                        p -> ProjectEdits.remove(p, names));
            }
            selection.clear();
        } else if (selection.connection() != null) {
            disconnect(selection.connection());
        }
    }

    /** Moves nodes to new positions, as one edit (the end of a drag). */
    public void move(Map<String, NodePosition> moves) {
        if (moves.isEmpty() || moves.entrySet().stream().allMatch(e -> e.getValue().equals(project().layout()
                .get(e.getKey())))) {
            return;
        }
        apply(moves.size() == 1 ? "Move " + moves.keySet().iterator().next() : "Move " + moves.size() + " layers",
                p -> ProjectEdits.move(p, moves));
    }

    /** Replaces the configuration of {@code name}. */
    public void replaceLayer(String name, LayerConfig layer) {
        if (graph().node(name).layer().equals(layer)) {
            return;
        }
        apply("Change " + name, p -> ProjectEdits.withGraph(p, graph().replace(name, layer)));
    }

    /** Renames a layer; returns the reason if the name is refused. */
    public Optional<String> rename(String oldName, String newName) {
        ModelGraph renamed;
        try {
            renamed = graph().rename(oldName, newName);
        } catch (NeuriteException e) {
            message.set(e.getMessage());
            return Optional.of(e.getMessage());
        }
        apply("Rename " + oldName + " to " + newName, p -> {
            Map<String, NodePosition> layout = new LinkedHashMap<>();
            p.layout().forEach((name, position) -> layout.put(name.equals(oldName) ? newName : name, position));
            return new Project(p.model().withGraph(renamed), layout, p.dataset(), p.runs(), p.kept());
        });
        selection.selectOnly(List.of(newName));
        return Optional.empty();
    }

    /** Applies the fix {@code diagnostic} offers; does nothing if it offers none. */
    public void applyFix(Diagnostic diagnostic) {
        if (diagnostic.fix() == null) {
            return;
        }
        apply(diagnostic.fix().label(), p -> ProjectEdits.withGraph(p, diagnostic.fix().applyTo(p.model().graph())));
        if (diagnostic.node() != null && graph().contains(diagnostic.node())) {
            selection.selectOnly(List.of(diagnostic.node()));
        }
    }

    /** Places every node by the automatic top-down layout. */
    public void autoLayout() {
        apply("Automatic layout", ProjectEdits::autoLayout);
    }

    /**
     * Whether every edit that changes the layers or their connections also lays the graph out again (in the same
     * undoable edit); off by default, so that the learner's own arrangement stays.
     */
    public BooleanProperty layoutAfterEditsProperty() {
        return layoutAfterEdits;
    }

    // ---- Commands: settings ---------------------------------------------------------------------------------------

    public void setCompile(CompileSettings compile) {
        if (!compile.equals(project().model().compile())) {
            apply("Change compile settings", p -> p.withModel(p.model().withCompile(compile)));
        }
    }

    public void setFit(FitSettings fit) {
        if (!fit.equals(project().model().fit())) {
            apply("Change fit settings", p -> p.withModel(p.model().withFit(fit)));
        }
    }

    /** Takes the compile and fit settings of {@code edited} (the Train place's form) as one undoable edit. */
    public void setTrainingSettings(ModelDefinition edited) {
        ModelDefinition current = project().model();
        if (!edited.compile().equals(current.compile()) || !edited.fit().equals(current.fit())) {
            apply("Change training settings", p -> p.withModel(p.model().withCompile(edited.compile())
                    .withFit(edited.fit())));
        }
    }

    public void setDataset(String dataset) {
        if (!dataset.equals(project().dataset())) {
            apply("Choose data set " + dataset, p -> p.withDataset(dataset));
        }
    }

    // ---- Commands: clipboard --------------------------------------------------------------------------------------

    /** Copies the selected nodes (with the connections among them) to the editor's clipboard. */
    public void copySelection() {
        List<LayerNode> nodes = new ArrayList<>();
        for (LayerNode node : graph().nodes()) {
            if (selection.nodes().contains(node.name())) {
                nodes.add(node);
            }
        }
        if (!nodes.isEmpty()) {
            clipboard = List.copyOf(nodes);
            clipboardPositions = Map.copyOf(project().layout());
        }
    }

    public void cutSelection() {
        copySelection();
        deleteSelection();
    }

    public boolean canPaste() {
        return !clipboard.isEmpty();
    }

    /** Pastes the clipboard's nodes, moved a little, and selects them. */
    public void paste() {
        if (clipboard.isEmpty()) {
            return;
        }
        ProjectEdits.Pasted pasted = ProjectEdits.paste(project(), clipboard, clipboardPositions);
        record(clipboard.size() == 1 ? "Paste layer" : "Paste " + clipboard.size() + " layers", project(),
                pasted.project());
        clipboardPositions = Map.copyOf(pasted.project().layout());
        clipboard = pasted.names().stream().map(n -> pasted.project().model().graph().node(n)).toList();
        selection.selectOnly(pasted.names());
    }

    // ---- Commands: whole projects and history ---------------------------------------------------------------------

    /** Replaces the whole model by {@code model} (e.g. a template) as one undoable edit. */
    public void loadModel(ModelDefinition model, String label) {
        Project replacement = ProjectEdits.autoLayout(new Project(model, Map.of(), project().dataset(),
                project().runs(), project().kept()));
        record(label, project(), replacement);
        selection.clear();
        wholeModels.set(wholeModels.get() + 1);
    }

    /**
     * Increases each time a whole model replaces the canvas's (a template, an opened file, a restored recovery), so
     * that the canvas fits it into view; ordinary edits leave it alone.
     */
    public ReadOnlyLongProperty wholeModelsProperty() {
        return wholeModels.getReadOnlyProperty();
    }

    /** Starts over with {@code opened} (an opened file or a restored recovery): no history, counts as saved. */
    public void reset(Project opened) {
        Project placed = opened.layout().isEmpty() ? ProjectEdits.autoLayout(opened)
                : ProjectEdits.withGraph(opened, opened.model().graph());
        history.clear();
        selection.clear();
        saved = placed;
        show(placed);
        wholeModels.set(wholeModels.get() + 1);
    }

    /** Marks {@code savedProject} as the saved state (after a successful save). */
    public void markSaved(Project savedProject) {
        saved = savedProject;
        dirty.set(!project().equals(saved));
    }

    /**
     * Stores a training run in the project (or replaces the one with its number). Runs are a record of what
     * happened, not edits: they are not undone, and undo and redo keep them.
     */
    public void recordRun(RunRecord run) {
        show(project().withRun(run));
    }

    /**
     * Keeps the weights a run ended with in the project, beside other runs' weights (in place of earlier weights of
     * the same run; the project's bound may drop the oldest run's); like runs, not an edit.
     */
    public void recordWeights(TrainedWeights weights) {
        show(project().withWeights(weights));
    }

    /**
     * Keeps the weights of only the newest {@code count} runs ({@code KeptWeights.KEEP_ALL}: every run's), dropping
     * older runs' weights now and as new runs arrive; the runs' records stay. A project option: saved with the
     * project, not undone.
     */
    public void setKeepLastRuns(int count) {
        if (project().kept().keepLastRuns() != count) {
            show(project().withKeepLastRuns(count));
        }
    }

    /** Undoes the last edit; the runs and kept weights stay as they are. */
    public void undo() {
        history.undo().ifPresent(edit -> show(withCurrentRecords(edit.before())));
    }

    /** Redoes the last undone edit; the runs and kept weights stay as they are. */
    public void redo() {
        history.redo().ifPresent(edit -> show(withCurrentRecords(edit.after())));
    }

    private Project withCurrentRecords(Project snapshot) {
        return snapshot.withRuns(project().runs()).withKept(project().kept());
    }

    // ---- Inner workings -------------------------------------------------------------------------------------------

    private void apply(String label, UnaryOperator<Project> change) {
        Project before = project();
        Project after;
        try {
            after = change.apply(before);
        } catch (NeuriteException e) {
            message.set(e.getMessage());
            return;
        }
        record(label, before, after);
    }

    private void record(String label, Project before, Project edited) {
        Project after = layoutAfterEdits.get() && !edited.model().graph().equals(before.model().graph())
                ? ProjectEdits.autoLayout(edited) : edited;
        if (after.equals(before)) {
            return;
        }
        history.record(new Edit(label, before, after));
        message.set("");
        show(after);
    }

    private void show(Project shown) {
        project.set(shown);
        ModelAnalysis result = shown.model().graph().analyze();
        int classes = DataCatalog.find(shown.dataset()).map(info -> info.classNames().size())
                .filter(count -> count > 0).orElse(DEFAULT_CLASSES);
        TrainingContext context = new TrainingContext(shown.model().compile(), classes, shown.dataset(),
                memoryBudget, shown.model().fit().pcaComponents());
        diagnostics.setAll(TrainingChecks.diagnose(result, context));
        analysis.set(result);
        summary.set(summaryText(shown.model().graph()));
        selection.retainExisting(shown.model().graph());
        dirty.set(saved != null && !shown.equals(saved));
    }

    private String summaryText(ModelGraph graph) {
        KerasStyle style = summaryStyle.get();
        return ModelSummary.of(graph, style == null ? KerasStyle.KERAS2 : style);
    }
}
