package dev.neurite.ui.data;

import dev.neurite.data.download.DownloadCancelledException;
import dev.neurite.data.download.DownloadException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The download's progress, cancel and failure, with a fetch in place of the network and same-thread executors. */
class DownloadViewModelTest {

    @Test
    void progressIsShownAndTheDataSetIsChosenWhenEveryFileArrived() {
        List<Double> seen = new ArrayList<>();
        AtomicReference<DownloadViewModel> self = new AtomicReference<>();
        DownloadViewModel model = new DownloadViewModel(Runnable::run, Runnable::run, (id, progress, cancel) -> {
            progress.update(0.5, "train-images-idx3-ubyte.gz 4.9 of 9.9 MB");
            seen.add(self.get().progressProperty().get());
            assertTrue(self.get().messageProperty().get().contains("4.9 of 9.9 MB"));
        });
        self.set(model);
        List<String> chosen = new ArrayList<>();
        model.download("mnist", chosen::add);
        assertEquals(List.of(0.5), seen);
        assertEquals(List.of("mnist"), chosen);
        assertFalse(model.runningProperty().get());
        assertTrue(model.messageProperty().get().startsWith("MNIST is ready"), model.messageProperty().get());
    }

    @Test
    void cancellingKeepsWhatArrivedAndChoosesNothing() {
        AtomicReference<DownloadViewModel> self = new AtomicReference<>();
        DownloadViewModel model = new DownloadViewModel(Runnable::run, Runnable::run, (id, progress, cancel) -> {
            progress.update(0.25, "part");
            self.get().cancel();
            if (cancel.isCancelled()) {
                throw new DownloadCancelledException("train-images-idx3-ubyte.gz");
            }
        });
        self.set(model);
        List<String> chosen = new ArrayList<>();
        model.download("fashion-mnist", chosen::add);
        assertTrue(chosen.isEmpty());
        assertFalse(model.runningProperty().get());
        assertEquals(0.25, model.progressProperty().get());
        assertTrue(model.messageProperty().get().contains("cancelled"), model.messageProperty().get());
    }

    @Test
    void aFailureIsOneSentenceWithTheReason() {
        DownloadViewModel model = new DownloadViewModel(Runnable::run, Runnable::run, (id, progress, cancel) -> {
            throw new DownloadException("Could not download train-images-idx3-ubyte.gz: You seem to be offline.");
        });
        List<String> chosen = new ArrayList<>();
        model.download("mnist", chosen::add);
        assertTrue(chosen.isEmpty());
        assertTrue(model.messageProperty().get().startsWith("Could not download MNIST: "),
                model.messageProperty().get());
        assertTrue(model.messageProperty().get().contains("offline"));
    }
}
