package dev.neurite.ui.testplace;

import dev.neurite.task.Background;
import dev.neurite.eval.TrainedModel;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Which model the Test place uses: the pretrained default (loaded in the background at start, so drawing works before
 * anything is trained) or one of the project's runs that kept their weights, each listed by its title and built in the
 * background when first chosen. When a newer run appears (or the newest run is trained further) it is chosen
 * automatically; the learner can switch to any other with {@link #choose}.
 *
 * <p>Threading: UI thread only; loading runs on the background executor, latest choice wins.
 */
public final class ModelChoiceViewModel {

    private final ObservableList<ModelOption> runs;
    private final Background tasks;
    private final ObservableList<ModelOption> choices = FXCollections.observableArrayList();
    private final ObservableList<ModelOption> readOnlyChoices = FXCollections.unmodifiableObservableList(choices);
    private final ReadOnlyObjectWrapper<ModelOption> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");
    private final ReadOnlyObjectWrapper<TrainedModel> active = new ReadOnlyObjectWrapper<>(this, "active");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<ModelOption> compareChosen = new ReadOnlyObjectWrapper<>(this,
            "compareChosen");
    private final ReadOnlyObjectWrapper<TrainedModel> compareActive = new ReadOnlyObjectWrapper<>(this,
            "compareActive");
    private final Map<ModelOption, TrainedModel> loaded = new IdentityHashMap<>();
    private ModelOption pretrained;
    private ModelOption newestSeen;

    /**
     * @param trained    the project's newest trained model (null value: none yet), offered as the one run
     * @param pretrained loads the default model; called once on the background executor
     */
    public ModelChoiceViewModel(ObservableValue<TrainedModel> trained, Supplier<TrainedModel> pretrained,
                                Executor background, Executor ui) {
        this(optionsOf(trained), pretrained, background, ui);
    }

    /**
     * @param runs       the runs whose models can be tested, oldest first; the list is watched
     * @param pretrained loads the default model; called once on the background executor
     */
    public ModelChoiceViewModel(ObservableList<ModelOption> runs, Supplier<TrainedModel> pretrained,
                                Executor background, Executor ui) {
        Objects.requireNonNull(pretrained, "pretrained");
        this.runs = runs;
        this.tasks = Background.on(background, ui);
        runs.addListener((ListChangeListener<ModelOption>) change -> runsChanged());
        runsChanged();
        if (chosen.get() == null) {
            message.set("Loading the pretrained model\u2026");
        }
        tasks.run(pretrained::get, this::pretrainedLoaded,
                e -> message.set("The pretrained model could not be loaded: " + e.getMessage()));
    }

    /** A list holding one option for {@code trained}'s value (none while it is null), following it. */
    static ObservableList<ModelOption> optionsOf(ObservableValue<TrainedModel> trained) {
        ObservableList<ModelOption> list = FXCollections.observableArrayList();
        trained.addListener((obs, old, now) -> {
            if (now == null) {
                list.clear();
            } else {
                list.setAll(ModelOption.of(now));
            }
        });
        if (trained.getValue() != null) {
            list.add(ModelOption.of(trained.getValue()));
        }
        return list;
    }

    // ---- Properties ----------------------------------------------------------------------------------------------

    /** The models to choose from: the pretrained one first (once loaded), then every run's, oldest first. */
    public ObservableList<ModelOption> choices() {
        return readOnlyChoices;
    }

    /** The option the learner (or a new run) chose; its model may still be loading. */
    public ReadOnlyObjectProperty<ModelOption> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** The model in use, or null before any is available. */
    public ReadOnlyObjectProperty<TrainedModel> activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** A line about loading, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A/B mode: the second model a drawing is read by, beside {@link #chosenProperty()}; null when A/B is off. */
    public ReadOnlyObjectProperty<ModelOption> compareChosenProperty() {
        return compareChosen.getReadOnlyProperty();
    }

    /** The second model in use in A/B mode once it is built; null when A/B is off or it is still loading. */
    public ReadOnlyObjectProperty<TrainedModel> compareActiveProperty() {
        return compareActive.getReadOnlyProperty();
    }

    // ---- Commands ------------------------------------------------------------------------------------------------

    /**
     * A/B mode: {@code option} (one of {@link #choices()}) reads every drawing too, its probabilities beside the
     * chosen model's; null turns A/B off. Built in the background when first used, like {@link #choose}.
     */
    public void compareWith(ModelOption option) {
        if (option != null && !choices.contains(option) || option == compareChosen.get()) {
            return;
        }
        compareChosen.set(option);
        if (option == null) {
            compareActive.set(null);
            return;
        }
        TrainedModel model = loaded.get(option);
        if (model != null) {
            compareActive.set(model);
            return;
        }
        compareActive.set(null);
        message.set("Loading " + option.name() + "\u2026");
        tasks.run(option::load, built -> {
            loaded.put(option, built);
            if (compareChosen.get() == option) {
                message.set("");
                compareActive.set(built);
            }
        }, e -> {
            if (compareChosen.get() == option) {
                message.set(option.name() + " cannot be used: " + e.getMessage());
            }
        });
    }

    /** Uses {@code option}, one of {@link #choices()}: at once if it was built before, else once it is built. */
    public void choose(ModelOption option) {
        if (option == null || !choices.contains(option) || option == chosen.get()) {
            return;
        }
        chosen.set(option);
        TrainedModel model = loaded.get(option);
        if (model != null) {
            message.set("");
            active.set(model);
            return;
        }
        message.set("Loading " + option.name() + "\u2026");
        tasks.run(option::load, built -> built(option, built), e -> failed(option, e));
    }

    private void built(ModelOption option, TrainedModel model) {
        loaded.put(option, model);
        if (chosen.get() == option) {
            message.set("");
            active.set(model);
        }
    }

    private void failed(ModelOption option, Throwable e) {
        if (chosen.get() == option) {
            message.set(option.name() + " cannot be used: " + e.getMessage());
        }
    }

    private void pretrainedLoaded(TrainedModel model) {
        pretrained = ModelOption.of(model);
        loaded.put(pretrained, model);
        choices.add(0, pretrained);
        if (chosen.get() == null) {
            message.set("");
            choose(pretrained);
        } else if (message.get().startsWith("Loading the pretrained")) {
            message.set("");
        }
    }

    private void runsChanged() {
        List<ModelOption> now = List.copyOf(runs);
        loaded.keySet().removeIf(option -> option != pretrained && !now.contains(option));
        if (pretrained == null) {
            choices.setAll(now);
        } else {
            choices.setAll(pretrained);
            choices.addAll(now);
        }
        if (compareChosen.get() != null && !choices.contains(compareChosen.get())) {
            ModelOption gone = compareChosen.get();
            compareWith(null);
            compareWith(sameName(now, gone));
        }
        ModelOption newest = now.isEmpty() ? null : now.get(now.size() - 1);
        if (newest != null && newest != newestSeen) {
            newestSeen = newest;
            choose(newest);
            return;
        }
        newestSeen = newest;
        if (chosen.get() != null && !choices.contains(chosen.get())) {
            ModelOption replacement = sameName(now, chosen.get());
            chosen.set(null);
            if (replacement == null) {
                active.set(null);
            }
            choose(replacement != null ? replacement : newest != null ? newest : pretrained);
        }
    }

    /** The option of {@code options} named as {@code gone} (its run, trained further), or null. */
    private static ModelOption sameName(List<ModelOption> options, ModelOption gone) {
        return options.stream().filter(o -> o.name().equals(gone.name())).findFirst().orElse(null);
    }
}
