package dev.neurite.ui.data;

import dev.neurite.data.DataSources;
import dev.neurite.data.inspect.DataSplit;
import dev.neurite.settings.Augmentation;
import dev.neurite.ui.common.BackgroundTasks;
import dev.neurite.ui.common.Icons;
import dev.neurite.ui.common.Stylesheets;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The Data place's nodes: on the left the arrays as loaded and as {@code fit} receives them, the split to scale, the
 * preparation steps and the ways to get data; in the middle the tabs Samples (class bars and the sample grid),
 * Sample (matrix, label, one-hot), Augmentation (preview) and PCA. JavaFX thread only.
 */
final class DataView extends BorderPane {

    static final double SIDE_WIDTH = 372;

    private final DataViewModel model;
    private final TensorLines loaded = new TensorLines("tensors-loaded");
    private final TensorLines prepared = new TensorLines("tensors-prepared");
    private final SplitBar splitBar = new SplitBar();
    private final Label splitLegend = new Label();
    private final VBox steps = new VBox(6);
    private final TabPane tabs = new TabPane();
    private final Tab sampleTab;
    private final SamplePane samplePane;
    private final PcaPane pca;
    private final SourcesPane sourcesPane;

    /**
     * @param choose       makes a data spec the project's data set
     * @param augmentation sets the fit settings' augmentation
     * @param pcaTasks     runs the PCA fit off the JavaFX thread
     */
    DataView(DataViewModel model, DownloadViewModel downloads, DataSources sources, Consumer<String> choose,
             Consumer<Augmentation> augmentation, BackgroundTasks pcaTasks) {
        this.model = model;
        getStyleClass().add(DataStyles.VIEW);
        setId("data-place");
        Stylesheets.add(this, DataView.class, "data.css");

        sourcesPane = new SourcesPane(downloads, sources, choose, model::problem);
        Label status = new Label();
        status.setId("data-status");
        status.setWrapText(true);
        status.setGraphic(Icons.of(Feather.INFO));
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        status.getStyleClass().add("data-status");

        splitLegend.setId("split-legend");
        splitLegend.setWrapText(true);
        splitLegend.getStyleClass().add(DataStyles.NOTE);
        Label kept = new Label(PreparationSteps.TEST_KEPT);
        kept.setId("test-kept");
        kept.setWrapText(true);
        kept.getStyleClass().add(DataStyles.NOTE);

        VBox side = new VBox(4,
                heading("Tensors, as the lessons print them"), subheading("as loaded"), loaded,
                subheading("as fit receives them"), prepared,
                heading("Split"), splitBar, splitLegend, kept,
                heading("Preparation"), steps);
        side.getStyleClass().add(DataStyles.SIDE);
        side.setPadding(new Insets(8, 12, 12, 12));
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.setPrefWidth(SIDE_WIDTH);
        sideScroll.setMinWidth(SIDE_WIDTH);
        sideScroll.getStyleClass().add("edge-to-edge");
        sideScroll.setId("data-side");

        samplePane = new SamplePane(model);
        Tab samples = new Tab("Samples", new SamplesPane(model, index -> showSample()));
        samples.setId("tab-samples");
        sampleTab = new Tab("Sample", samplePane);
        sampleTab.setId("tab-sample");
        Tab augmentationTab = new Tab("Augmentation", new AugmentationPane(model, augmentation));
        augmentationTab.setId("tab-augmentation");
        pca = new PcaPane(new PcaViewModel(pcaTasks, model), model);
        Tab pcaTab = new Tab("PCA", pca);
        pcaTab.setId("tab-pca");
        pcaTab.selectedProperty().addListener((obs, was, selected) -> pca.model().setShown(selected));
        tabs.getTabs().addAll(samples, sampleTab, augmentationTab, pcaTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("data-tabs");

        BorderPane center = new BorderPane(tabs);
        center.setTop(new VBox(sourcesPane, status));
        setLeft(sideScroll);
        setCenter(center);

        model.overviewProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** The state and commands it shows. */
    DataViewModel model() {
        return model;
    }

    /** The tabs; the PCA view goes into the tab with id {@code tab-pca}. */
    TabPane tabs() {
        return tabs;
    }

    /** The PCA tab's content. */
    PcaPane pcaView() {
        return pca;
    }

    SplitBar splitBar() {
        return splitBar;
    }

    SamplePane samplePane() {
        return samplePane;
    }

    /** Shows the Sample tab (matrix, label, one-hot) for the chosen sample. */
    void showSample() {
        tabs.getSelectionModel().select(sampleTab);
    }

    private void refresh() {
        DataOverview overview = model.overviewProperty().get();
        sourcesPane.showSource(overview == null ? "" : overview.dataset() + ": "
                + overview.sets().train().provenance().source());
        if (overview == null) {
            loaded.show(List.of());
            prepared.show(List.of());
            splitLegend.setText("");
            steps.getChildren().clear();
            return;
        }
        loaded.show(overview.loaded());
        prepared.show(overview.prepared());
        DataSplit split = overview.split();
        splitBar.show(split);
        splitLegend.setText(legend(split));
        steps.getChildren().clear();
        for (PreparationSteps.Step step : PreparationSteps.of(overview)) {
            Label code = new Label(step.code());
            code.getStyleClass().add(DataStyles.CODE);
            code.setWrapText(true);
            Label meaning = new Label(step.meaning());
            meaning.getStyleClass().add(DataStyles.NOTE);
            meaning.setWrapText(true);
            steps.getChildren().add(new VBox(1, code, meaning));
        }
    }

    static String legend(DataSplit split) {
        String validation = switch (split.validationKind()) {
            case SPLIT -> String.format(Locale.ROOT, " \u00b7 validation %,d", split.validation());
            case TEST_SET -> " \u00b7 validation = the test set";
            case NONE -> " \u00b7 no validation";
        };
        return String.format(Locale.ROOT, "training %,d%s \u00b7 test %s", split.training(), validation,
                split.test() == 0 ? "none (this source has no test part)" : String.format(Locale.ROOT, "%,d",
                        split.test()));
    }

    private static Node heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(DataStyles.HEADING);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Node subheading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(DataStyles.NOTE);
        return label;
    }
}
