package dev.neurite.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where an epoch's time goes, phase by phase, for {@code neurite train --profile}: the training thread says which
 * {@link Phase} it {@linkplain #enter enters}, and the time since the previous switch is booked to the phase it
 * leaves. Every nanosecond between {@link #epochStarted} and {@link #epochEnded} is booked to exactly one phase, so
 * an epoch's phases sum to its measured total (time spent waiting while paused counts as {@link Phase#OTHER}).
 *
 * <p>{@link #OFF} records nothing: each call is one test of a final field, so a run without profiling pays nothing
 * measurable. A recording timer reads {@link System#nanoTime()} once per switch (a few per batch).
 *
 * <p>Threading: the switches and epoch marks come from one thread (the training thread); {@link #epochs()} may be
 * read from any thread and returns the epochs completed so far.
 */
public final class PhaseTimer {

    /** The phases of a training epoch, in the order a table shows them. */
    public enum Phase {
        /** Shuffled batch taken from the pipeline (pixels scaled, augmented) and copied into the input array. */
        DATA("data"),
        /** The layers' forward passes in training mode, the input standardization included. */
        FORWARD("forward"),
        /** Predictions copied to the host, the loss, its gradient and the correct count. */
        METRICS("metrics"),
        /** The gradient of the loss handed to the network, the layers' backward passes. */
        BACKWARD("backward"),
        /** Regularization gradients and the optimizer's update of every weight (each layer's after its backward). */
        UPDATE("update"),
        /** Validation after the epoch's batches. */
        EVALUATION("evaluation"),
        /** Everything else: listeners, callbacks, layer statistics, pauses. */
        OTHER("other");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        /** The column name in a profile table, e.g. {@code forward}. */
        public String label() {
            return label;
        }
    }

    private static final Phase[] PHASES = Phase.values();

    /** The timer that records nothing; shared, stateless. */
    public static final PhaseTimer OFF = new PhaseTimer(false);

    private final boolean enabled;
    private final long[] booked = new long[PHASES.length];
    private final List<EpochPhases> epochs = new ArrayList<>();
    private boolean inEpoch;
    private Phase current = Phase.OTHER;
    private long mark;
    private long started;

    private PhaseTimer(boolean enabled) {
        this.enabled = enabled;
    }

    /** A timer that records every epoch; one per run. */
    public static PhaseTimer recording() {
        return new PhaseTimer(true);
    }

    /** Whether this timer records (false for {@link #OFF}). */
    public boolean enabled() {
        return enabled;
    }

    /** Starts an epoch at {@code nanoTime} (a {@link System#nanoTime()} reading) in {@link Phase#OTHER}. */
    public void epochStarted(long nanoTime) {
        if (!enabled) {
            return;
        }
        Arrays.fill(booked, 0);
        started = nanoTime;
        mark = nanoTime;
        current = Phase.OTHER;
        inEpoch = true;
    }

    /** Books the time since the last switch to the phase being left and enters {@code phase}. */
    public void enter(Phase phase) {
        if (!enabled || !inEpoch) {
            return;
        }
        long now = System.nanoTime();
        booked[current.ordinal()] += now - mark;
        mark = now;
        current = phase;
    }

    /**
     * Ends the epoch at {@code nanoTime} (the reading its duration is measured with) and keeps its phases.
     *
     * @param epoch the 1-based epoch number
     */
    public void epochEnded(int epoch, long nanoTime) {
        if (!enabled || !inEpoch) {
            return;
        }
        booked[current.ordinal()] += nanoTime - mark;
        inEpoch = false;
        EpochPhases phases = new EpochPhases(epoch, booked.clone(), nanoTime - started);
        synchronized (epochs) {
            epochs.add(phases);
        }
    }

    /** The completed epochs so far, in order; empty for {@link #OFF}. */
    public List<EpochPhases> epochs() {
        synchronized (epochs) {
            return List.copyOf(epochs);
        }
    }

    /**
     * One epoch's time by phase.
     *
     * @param epoch      the 1-based epoch number
     * @param nanos      nanoseconds per phase, indexed by {@link Phase#ordinal()}
     * @param totalNanos the epoch's measured duration; the sum of {@code nanos}
     */
    public record EpochPhases(int epoch, long[] nanos, long totalNanos) {

        public EpochPhases {
            nanos = nanos.clone();
        }

        /** Seconds booked to {@code phase}. */
        public double seconds(Phase phase) {
            return nanos[phase.ordinal()] / 1e9;
        }

        /** The epoch's measured duration in seconds. */
        public double totalSeconds() {
            return totalNanos / 1e9;
        }

        @Override
        public long[] nanos() {
            return nanos.clone();
        }
    }
}
