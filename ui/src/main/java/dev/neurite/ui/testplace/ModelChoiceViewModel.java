package dev.neurite.ui.testplace;

import dev.neurite.eval.TrainedModel;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Which model the Test place uses: the pretrained default (loaded in the background at start, so drawing works before
 * anything is trained) or the project's trained model. When a trained model appears, or a newer one replaces it, it
 * is chosen automatically; the learner can switch back with {@link #choose}.
 *
 * <p>Threading: UI thread only; the pretrained model loads on the background executor.
 */
public final class ModelChoiceViewModel {

    private final ObservableList<TrainedModel> choices = FXCollections.observableArrayList();
    private final ObservableList<TrainedModel> readOnlyChoices = FXCollections.unmodifiableObservableList(choices);
    private final ReadOnlyObjectWrapper<TrainedModel> active = new ReadOnlyObjectWrapper<>(this, "active");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private TrainedModel pretrained;
    private TrainedModel trainedShown;

    /**
     * @param trained    the project's trained model (null value: none yet)
     * @param pretrained loads the default model; called once on the background executor
     */
    public ModelChoiceViewModel(ObservableValue<TrainedModel> trained, Supplier<TrainedModel> pretrained,
                                Executor background, Executor ui) {
        Objects.requireNonNull(pretrained, "pretrained");
        trained.addListener((obs, old, now) -> trainedChanged(now));
        trainedChanged(trained.getValue());
        message.set("Loading the pretrained model\u2026");
        background.execute(() -> {
            try {
                TrainedModel loaded = pretrained.get();
                ui.execute(() -> pretrainedLoaded(loaded));
            } catch (RuntimeException e) {
                ui.execute(() -> message.set("The pretrained model could not be loaded: " + e.getMessage()));
            }
        });
    }

    // ---- Properties ----------------------------------------------------------------------------------------------

    /** The models to choose from: the pretrained one first, then the trained one. */
    public ObservableList<TrainedModel> choices() {
        return readOnlyChoices;
    }

    /** The model in use, or null before any is available. */
    public ReadOnlyObjectProperty<TrainedModel> activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** A line about loading, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // ---- Commands ------------------------------------------------------------------------------------------------

    /** Uses {@code model}, one of {@link #choices()}. */
    public void choose(TrainedModel model) {
        if (model != null && choices.contains(model)) {
            active.set(model);
        }
    }

    private void pretrainedLoaded(TrainedModel loaded) {
        pretrained = loaded;
        choices.add(0, loaded);
        message.set("");
        if (active.get() == null) {
            active.set(loaded);
        }
    }

    private void trainedChanged(TrainedModel now) {
        if (trainedShown != null) {
            choices.remove(trainedShown);
        }
        trainedShown = now;
        if (now != null) {
            choices.add(now);
            active.set(now);
        } else {
            active.set(pretrained);
        }
    }
}
