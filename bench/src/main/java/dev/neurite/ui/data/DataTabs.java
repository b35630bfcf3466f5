package dev.neurite.ui.data;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Selects a tab of the shown Data place for a screenshot scenario and says when it has its content: at once, or for
 * the PCA tab when its components are fitted (or could not be). In the ui's package to read the PCA tab's state
 * without widening the product's API. JavaFX thread.
 */
public final class DataTabs {

    private DataTabs() {
    }

    /** Selects the tab with id {@code tabId} and runs {@code ready} once it is filled; nothing if there is none. */
    public static void select(Scene scene, String tabId, Runnable ready) {
        Node found = scene.lookup("#data-tabs");
        if (!(found instanceof TabPane tabs)) {
            System.err.println("neurite: the Data place is not shown; no tab " + tabId);
            Platform.runLater(ready);
            return;
        }
        for (Tab tab : tabs.getTabs()) {
            if (tabId.equals(tab.getId())) {
                tabs.getSelectionModel().select(tab);
            }
        }
        if (scene.lookup("#pca-view") instanceof PcaPane pca && "tab-pca".equals(tabId)) {
            whenFitted(pca.model(), ready);
        } else {
            Platform.runLater(ready);
        }
    }

    private static void whenFitted(PcaViewModel model, Runnable ready) {
        if (finished(model.stateProperty().get())) {
            Platform.runLater(ready);
            return;
        }
        model.stateProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends PcaViewModel.State> obs,
                                PcaViewModel.State old, PcaViewModel.State now) {
                if (finished(now)) {
                    model.stateProperty().removeListener(this);
                    PcaResult result = model.resultProperty().get();
                    if (result != null) {
                        System.err.printf(java.util.Locale.ROOT, "neurite: PCA fitted on %,d images in %.2f s%n",
                                result.fittedOn(), result.fitSeconds());
                    }
                    Platform.runLater(ready);
                }
            }
        });
    }

    private static boolean finished(PcaViewModel.State state) {
        return state == PcaViewModel.State.READY || state == PcaViewModel.State.FAILED;
    }
}
