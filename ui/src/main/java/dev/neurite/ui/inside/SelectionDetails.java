package dev.neurite.ui.inside;

import dev.neurite.data.DataSet;
import dev.neurite.CancellationToken;
import dev.neurite.engine.Network;
import dev.neurite.explain.KernelImage;
import dev.neurite.explain.Kernels;
import dev.neurite.explain.MostExciting;
import dev.neurite.layers.Conv2D;
import dev.neurite.task.Background;
import dev.neurite.task.LatestWins;
import dev.neurite.ui.common.InteractiveFirst;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the selected channel or unit looks for: its filter or pixel weights (read in the background) and the test images
 * that excite it most (searched in the background on request, cancellable, kept per layer for the network they were
 * found with). Both are {@link LatestWins}: only the newest selection's outcome is shown, and another selection
 * cancels a search. Part of {@link InsideViewModel}; call on the UI thread.
 */
final class SelectionDetails {

    /** How many test images a search keeps per channel. */
    static final int TOP = 8;

    private final DataSet testSet;
    private final Executor ui;
    private final InteractiveFirst interactive;
    private final LatestWins<Lookup, KernelImage> weightsLookup;
    private final LatestWins<Lookup, MostExciting> searches;
    private final Supplier<InsideViewModel.MapSelection> selected;
    private final Consumer<String> problem;
    private final ReadOnlyObjectWrapper<KernelImage> weights = new ReadOnlyObjectWrapper<>(this, "weights");
    private final ReadOnlyObjectWrapper<InsideViewModel.Exciting> exciting = new ReadOnlyObjectWrapper<>(this,
            "exciting");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final Map<String, MostExciting> rankings = new HashMap<>();
    private Network rankedFor;

    /** A selection of a network's map or unit. */
    private record Lookup(Network network, InsideViewModel.MapSelection chosen) {
    }

    /**
     * @param selected the selection now (the UI thread's view)
     * @param problem  told why a search failed
     */
    SelectionDetails(DataSet testSet, Executor background, Executor ui, InteractiveFirst interactive,
                     Supplier<InsideViewModel.MapSelection> selected, Consumer<String> problem) {
        this.testSet = testSet;
        this.ui = ui;
        this.interactive = interactive;
        this.selected = selected;
        this.problem = problem;
        Background tasks = Background.on(background, ui);
        weightsLookup = new LatestWins<>(tasks, (lookup, cancel) -> weightsOf(lookup), new LatestWins.Listener<>() {
            @Override
            public void succeeded(Lookup lookup, KernelImage found, boolean newest) {
                if (lookup.chosen().equals(selected.get())) {
                    weights.set(found);
                }
            }

            @Override
            public void failed(Lookup lookup, Throwable error, boolean newest) {
                weights.set(null);
            }
        });
        searches = new LatestWins<>(tasks, this::search, new LatestWins.Listener<>() {
            @Override
            public void succeeded(Lookup lookup, MostExciting found, boolean newest) {
                if (newest) {
                    found(lookup.network(), lookup.chosen().layer(), found);
                }
            }

            @Override
            public void failed(Lookup lookup, Throwable error, boolean newest) {
                progress.set(-1);
                problem.accept("The test images could not be searched: " + error.getMessage());
            }
        });
    }

    ReadOnlyObjectProperty<KernelImage> weightsProperty() {
        return weights.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<InsideViewModel.Exciting> excitingProperty() {
        return exciting.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    boolean canSearch() {
        return testSet != null && testSet.size() > 0;
    }

    /** Shows what {@code chosen} of {@code network} looks for: the images found before at once, the weights soon. */
    void show(Network network, InsideViewModel.MapSelection chosen) {
        weights.set(null);
        cancel();
        MostExciting known = network == rankedFor ? rankings.get(chosen.layer()) : null;
        exciting.set(known == null ? null : exciting(known, chosen.channel()));
        weightsLookup.submit(new Lookup(network, chosen));
    }

    /** Nothing is selected. */
    void clear() {
        weights.set(null);
        exciting.set(null);
        cancel();
    }

    /** Searches the test set for the images that excite every channel of {@code chosen}'s layer most. */
    void search(Network network, InsideViewModel.MapSelection chosen) {
        if (!canSearch()) {
            return;
        }
        cancel();
        progress.set(0);
        searches.submit(new Lookup(network, chosen));
    }

    /** Background thread: the search, letting strokes go first between its batches; null when cancelled. */
    private MostExciting search(Lookup lookup, CancellationToken cancel) {
        int size = testSet.size();
        return MostExciting.compute(lookup.network(), testSet, lookup.chosen().layer(), TOP, cancel, done -> {
            ui.execute(() -> {
                if (!cancel.isCancelled()) {
                    progress.set((double) done / size);
                }
            });
            try {
                interactive.awaitNone(InteractiveFirst.DEFAULT_MAX_WAIT_MILLIS); // strokes go first
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel.cancel();
            }
        });
    }

    private void found(Network network, String layer, MostExciting found) {
        if (found == null) {
            return;
        }
        progress.set(-1);
        if (rankedFor != network) {
            rankings.clear();
            rankedFor = network;
        }
        rankings.put(layer, found);
        InsideViewModel.MapSelection current = selected.get();
        if (current != null && current.layer().equals(layer)) {
            exciting.set(exciting(found, current.channel()));
        }
    }

    private void cancel() {
        searches.clear();
        progress.set(-1);
    }

    private InsideViewModel.Exciting exciting(MostExciting ranked, int channel) {
        return channel < ranked.channels() ? new InsideViewModel.Exciting(ranked.layer(), channel, testSet,
                ranked.images(channel), ranked.scores(channel)) : null;
    }

    /** Background thread: the filter of a Conv2D channel, or the pixel weights of a unit of a Dense layer on pixels. */
    private static KernelImage weightsOf(Lookup lookup) {
        try {
            return weightsOf(lookup.network(), lookup.chosen().layer(), lookup.chosen().channel());
        } catch (RuntimeException e) {
            return null; // nothing to draw
        }
    }

    private static KernelImage weightsOf(Network network, String layer, int channel) {
        int index = network.layerNames().indexOf(layer);
        if (index < 0) {
            return null;
        }
        if (network.layers().get(index) instanceof Conv2D) {
            return Kernels.convolution(network, layer).get(channel);
        }
        if (Kernels.firstDenseOnPixels(network).filter(layer::equals).isPresent()) {
            return Kernels.denseUnit(network, layer, channel);
        }
        return null;
    }
}
