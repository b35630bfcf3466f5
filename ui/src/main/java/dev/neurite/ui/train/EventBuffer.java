package dev.neurite.ui.train;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The hand-over from the engine to the JavaFX thread: a lock-free queue the training thread appends to without ever
 * waiting, drained in one go by the JavaFX thread at most every refresh tick. Neither side blocks the other.
 */
final class EventBuffer {

    private final ConcurrentLinkedQueue<TrainingEvent> queue = new ConcurrentLinkedQueue<>();

    /** Any thread; never blocks. */
    void post(TrainingEvent event) {
        queue.add(event);
    }

    /** Everything posted so far, oldest first. Called on the consuming (JavaFX) thread. */
    List<TrainingEvent> drain() {
        List<TrainingEvent> events = new ArrayList<>();
        TrainingEvent event;
        while ((event = queue.poll()) != null) {
            events.add(event);
        }
        return events;
    }
}
