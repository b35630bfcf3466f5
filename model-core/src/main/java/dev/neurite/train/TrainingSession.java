package dev.neurite.train;

import dev.neurite.NeuriteException;
import dev.neurite.data.DataSet;
import dev.neurite.data.batch.Batch;
import dev.neurite.data.batch.BatchOptions;
import dev.neurite.data.batch.BatchPipeline;
import dev.neurite.engine.BatchResult;
import dev.neurite.engine.EngineThreads;
import dev.neurite.engine.InputStandardization;
import dev.neurite.engine.Network;
import dev.neurite.engine.PhaseTimer;
import dev.neurite.layers.TensorShape;
import dev.neurite.pca.PrincipalComponents;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.PixelScaling;
import dev.neurite.settings.Validation;
import dev.neurite.train.layerstats.LayerStatisticsRecorder;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keras's {@code fit} on its own thread, with controls: pause, resume, stop, step one batch while paused, and train
 * more epochs afterwards with the optimizer's state kept. Stop and pause take effect before the next batch.
 *
 * <p>The training images reach the network through a {@link BatchPipeline}: shuffled with the seed per epoch and
 * augmented as the settings say; validation images in order and never augmented. With
 * {@link PixelScaling#STANDARDIZE} the mean and standard deviation of the training images (the validation split
 * excluded) become the network's {@link InputStandardization} when the run starts, unless the network has one already
 * (its weights were trained with it). Then adapted Normalization layers that have no statistics yet get them from the
 * training images, as Keras's {@code adapt}. With {@link FitSettings#pcaComponents()} k the principal components of
 * the training images (the validation split excluded) become the network's {@link dev.neurite.engine.InputProjection}
 * in the same way, fitted on the training thread when the run starts, before Normalization layers are adapted.
 *
 * <p>Threads: the control methods may be called from any thread; the listener and the callbacks are called on the
 * session's training thread (named {@code neurite-training}). The network stays usable after a stop.
 */
public final class TrainingSession {

    /** Where a session is. */
    public enum State { NOT_STARTED, RUNNING, PAUSED, FINISHED }

    /** Samples per batch when Normalization layers are adapted to the training data. */
    private static final int ADAPT_BATCH = 1000;

    private final Network network;
    private final DataSet train;
    private final DataSet validation;
    private final BatchPipeline trainBatches;
    private final InputStandardization standardization;
    private final FitSettings settings;
    private final List<Callback> callbacks;
    private final TrainingListener listener;
    private final History history = new History();

    private final Object lock = new Object();
    private boolean pauseRequested;
    private boolean stopRequested;
    private int stepsAllowed;
    private String callbackStopMessage;
    private volatile State state = State.NOT_STARTED;
    private Thread thread;
    private int epochsDone;
    /** Per run, on the training thread: null when the listener wants no layer statistics. */
    private LayerStatisticsRecorder recorder;
    private INDArray probe;
    /** Set before a run starts; read on the training thread. */
    private volatile PhaseTimer timer = PhaseTimer.OFF;

    /**
     * @param network    the compiled model; trained in place
     * @param train      the labelled training images (a validation split is taken from its end)
     * @param testSet    the validation data for {@link Validation.TestSet}, else ignored (may be null)
     * @param settings   batch size, epochs, validation, shuffle, seed, pixel scaling, augmentation
     * @param callbacks  callbacks in order; a {@link StopOnNaN} is added first unless present
     * @param listener   receives progress on the training thread
     * @throws NeuriteException when no training images are left, a set has no labels or standardizing is
     *                          impossible (every training pixel has the same value)
     */
    public TrainingSession(Network network, DataSet train, DataSet testSet, FitSettings settings,
                           List<Callback> callbacks, TrainingListener listener) {
        this.network = network;
        this.settings = settings;
        this.listener = listener;
        List<Callback> all = new ArrayList<>();
        if (callbacks.stream().noneMatch(c -> c instanceof StopOnNaN)) {
            all.add(new StopOnNaN());
        }
        all.addAll(callbacks);
        this.callbacks = List.copyOf(all);
        Validation v = settings.validation();
        if (v instanceof Validation.Split split) {
            int splitAt = (int) (train.size() * (1 - split.fraction()));
            this.train = requireLabels(train).range(0, splitAt);
            this.validation = train.range(splitAt, train.size());
        } else if (v instanceof Validation.TestSet) {
            if (testSet == null) {
                throw new NeuriteException("Validation on the test set was chosen but the data has no test set.");
            }
            this.train = requireLabels(train);
            this.validation = requireLabels(testSet);
        } else {
            this.train = requireLabels(train);
            this.validation = null;
        }
        if (this.train.size() == 0) {
            throw new NeuriteException("There are no training samples left"
                    + (validation != null ? " after taking the validation data" : "") + ".");
        }
        if (validation != null && validation.size() == 0) {
            throw new NeuriteException(v instanceof Validation.Split split
                    ? "validation_split " + split.fraction() + " of " + train.size() + " samples leaves no sample to "
                    + "validate on; choose a larger split, more samples, or no validation."
                    : "The test set is empty, so there is nothing to validate on; choose validation_split instead.");
        }
        if (settings.usesPca() && network.inputProjection() == null) {
            requirePcaFits(network, this.train, settings.pcaComponents());
        }
        this.trainBatches = new BatchPipeline(this.train, BatchOptions.training(settings));
        this.standardization = settings.pixelScaling() == PixelScaling.STANDARDIZE
                ? new InputStandardization(this.train.pixelMean(), this.train.pixelStandardDeviation()) : null;
    }

    /** Refuses a PCA the network's Input or the training images cannot take, before anything runs. */
    private static void requirePcaFits(Network network, DataSet train, int components) {
        if (!network.inputShape().equals(TensorShape.of(components))) {
            throw new NeuriteException("pca_components is " + components + " but the model's Input is "
                    + network.inputShape() + "; with PCA the Input's shape must be (" + components + ",).");
        }
        int most = Math.min(train.size(), train.pixelsPerImage());
        if (components > most) {
            throw new NeuriteException("pca_components must be at most " + most + " for " + train.size()
                    + " training images of " + train.pixelsPerImage() + " pixels; got " + components + ".");
        }
    }

    private static DataSet requireLabels(DataSet data) {
        if (!data.isLabelled()) {
            throw new NeuriteException("The data set '" + data.name() + "' has no labels to train or validate on.");
        }
        return data;
    }

    /** Starts the fit's epochs on the training thread. */
    public void start() {
        launch(settings.epochs());
    }

    /** Trains {@code epochs} more epochs after the previous run ended, keeping the optimizer's state. */
    public void trainMore(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1; got " + epochs);
        }
        launch(epochs);
    }

    private void launch(int epochs) {
        synchronized (lock) {
            if (state == State.RUNNING || state == State.PAUSED) {
                throw new IllegalStateException("The session is already training.");
            }
            stopRequested = false;
            callbackStopMessage = null;
            state = pauseRequested ? State.PAUSED : State.RUNNING;
            thread = new Thread(() -> run(epochs), "neurite-training");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Pauses before the next batch. */
    public void pause() {
        synchronized (lock) {
            pauseRequested = true;
            lock.notifyAll();
        }
    }

    /** Resumes a paused session. */
    public void resume() {
        synchronized (lock) {
            pauseRequested = false;
            stepsAllowed = 0;
            lock.notifyAll();
        }
    }

    /** While paused: trains exactly one more batch, then stays paused. */
    public void step() {
        synchronized (lock) {
            if (pauseRequested) {
                stepsAllowed++;
                lock.notifyAll();
            }
        }
    }

    /** Ends the run before the next batch; the network keeps the weights it has. */
    public void stop() {
        synchronized (lock) {
            stopRequested = true;
            lock.notifyAll();
        }
    }

    /** Waits until the current run ends. */
    public void awaitCompletion() throws InterruptedException {
        Thread running;
        synchronized (lock) {
            running = thread;
        }
        if (running != null) {
            running.join();
        }
    }

    /**
     * Times the phases of every epoch of the following runs with {@code phaseTimer} ({@code neurite train
     * --profile}); {@link PhaseTimer#OFF}, the default, times nothing. Call before {@link #start} or
     * {@link #trainMore}.
     */
    public void profileWith(PhaseTimer phaseTimer) {
        this.timer = Objects.requireNonNull(phaseTimer, "phaseTimer");
    }

    public State state() {
        return state;
    }

    public History history() {
        return history;
    }

    public Network network() {
        return network;
    }

    private void run(int epochs) {
        int batches = trainBatches.batchesPerEpoch();
        TrainingListener.EndReason reason = TrainingListener.EndReason.COMPLETED;
        String message = "Training finished.";
        Control control = new Control();
        try {
            EngineThreads.applyToCurrentThread();
            if (standardization != null && network.inputStandardization() == null) {
                network.setInputStandardization(standardization);
            }
            if (settings.usesPca() && network.inputProjection() == null) {
                int k = settings.pcaComponents();
                network.setInputProjection(PrincipalComponents.fit(train, k)
                        .toInputProjection(k, network.inputStandardization()));
            }
            if (network.needsAdapting()) {
                network.adapt(new BatchFeeder(network.inputShape())
                        .inputs(new BatchPipeline(train, BatchOptions.inOrder(ADAPT_BATCH))));
            }
            prepareLayerStatistics();
            listener.trainingStarted(epochs, batches);
            callbacks.forEach(c -> c.trainingStarted(control));
            for (int e = 0; e < epochs && reason == TrainingListener.EndReason.COMPLETED; e++) {
                reason = runEpoch(epochsDone + 1, batches, control);
                if (reason == TrainingListener.EndReason.COMPLETED) {
                    epochsDone++;
                }
                if (callbackStopMessage != null && reason == TrainingListener.EndReason.COMPLETED) {
                    reason = TrainingListener.EndReason.STOPPED_BY_CALLBACK;
                }
            }
            if (reason == TrainingListener.EndReason.STOPPED) {
                message = "Training stopped.";
            } else if (reason == TrainingListener.EndReason.STOPPED_BY_CALLBACK) {
                message = callbackStopMessage;
            }
            callbacks.forEach(c -> c.trainingEnded(control));
        } catch (RuntimeException failure) {
            reason = TrainingListener.EndReason.FAILED;
            message = "Training failed: " + failure.getMessage();
        } finally {
            state = State.FINISHED;
        }
        listener.trainingEnded(reason, message);
    }

    /** When the listener wants them: the recorder, and the probe batch (the first training samples, in order). */
    private void prepareLayerStatistics() {
        if (!listener.wantsLayerStatistics()) {
            recorder = null;
            probe = null;
            return;
        }
        recorder = new LayerStatisticsRecorder(network);
        Batch first = new BatchPipeline(train, BatchOptions.inOrder(LayerStatisticsRecorder.PROBE_SAMPLES))
                .epoch(0).next();
        probe = new BatchFeeder(network.inputShape()).fill(first).dup();
    }

    private TrainingListener.EndReason runEpoch(int epoch, int batches, Control control) {
        PhaseTimer phases = timer;
        long started = System.nanoTime();
        phases.epochStarted(started);
        if (recorder != null) {
            recorder.epochStarted(batches);
        }
        double learningRate = network.optimizer().learningRate();
        Iterator<Batch> epochBatches = trainBatches.epoch(epoch - 1);
        BatchFeeder feeder = new BatchFeeder(network.inputShape());
        double lossSum = 0;
        long correct = 0;
        long seen = 0;
        for (int b = 0; b < batches; b++) {
            if (!awaitPermission()) {
                return TrainingListener.EndReason.STOPPED;
            }
            phases.enter(PhaseTimer.Phase.DATA);
            Batch batch = epochBatches.next();
            INDArray inputs = feeder.fill(batch);
            BatchResult result = network.train(inputs, batch.labels(), phases);
            phases.enter(PhaseTimer.Phase.OTHER);
            if (recorder != null) {
                recorder.batchEnded(b);
            }
            lossSum += result.loss() * result.count();
            correct += result.correct();
            seen += result.count();
            listener.batchEnded(new BatchProgress(epoch, b + 1, batches, lossSum / seen, (double) correct / seen));
            callbacks.forEach(c -> c.batchEnded(result.loss(), control));
            if (callbackStopMessage != null) {
                return TrainingListener.EndReason.STOPPED_BY_CALLBACK;
            }
        }
        double trainSeconds = (System.nanoTime() - started) / 1e9;
        phases.enter(PhaseTimer.Phase.EVALUATION);
        double[] validated = validation == null ? new double[]{Double.NaN, Double.NaN} : validate();
        phases.enter(PhaseTimer.Phase.OTHER);
        long ended = System.nanoTime();
        phases.epochEnded(epoch, ended);
        double seconds = (ended - started) / 1e9;
        EpochMetrics metrics = new EpochMetrics(epoch, lossSum / seen, (double) correct / seen, validated[0],
                validated[1], seconds, seen / trainSeconds, learningRate);
        history.add(metrics);
        if (recorder != null) {
            listener.layersObserved(recorder.epochEnded(epoch, probe));
        }
        listener.epochEnded(metrics);
        callbacks.forEach(c -> c.epochEnded(metrics, control));
        return TrainingListener.EndReason.COMPLETED;
    }

    /** {@code {loss, accuracy}} on the validation data, in batches of the fit's batch size. */
    private double[] validate() {
        BatchFeeder feeder = new BatchFeeder(network.inputShape());
        double lossSum = 0;
        long correct = 0;
        Iterator<Batch> batches = new BatchPipeline(validation, BatchOptions.inOrder(settings.batchSize())).epoch(0);
        while (batches.hasNext()) {
            Batch batch = batches.next();
            BatchResult result = network.evaluate(feeder.fill(batch), batch.labels());
            lossSum += result.loss() * result.count();
            correct += result.correct();
        }
        return new double[]{lossSum / validation.size(), (double) correct / validation.size()};
    }

    /** Blocks while paused (unless a step is allowed); false when a stop was requested. */
    private boolean awaitPermission() {
        boolean announcedPause = false;
        synchronized (lock) {
            while (pauseRequested && stepsAllowed == 0 && !stopRequested) {
                if (!announcedPause) {
                    state = State.PAUSED;
                    announcedPause = true;
                    notifyPaused(true);
                }
                try {
                    lock.wait();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            if (stopRequested) {
                return false;
            }
            if (pauseRequested) {
                stepsAllowed--;
            }
            state = pauseRequested ? State.PAUSED : State.RUNNING;
        }
        if (announcedPause && state == State.RUNNING) {
            notifyPaused(false);
        }
        return true;
    }

    private void notifyPaused(boolean paused) {
        listener.pausedChanged(paused);
    }

    /** The session as its callbacks see it. */
    private final class Control implements TrainingControl {
        @Override
        public void requestStop(String message) {
            callbackStopMessage = message;
        }

        @Override
        public double learningRate() {
            return network.optimizer().learningRate();
        }

        @Override
        public void setLearningRate(double learningRate) {
            network.optimizer().setLearningRate(learningRate);
        }

        @Override
        public Map<String, INDArray> weights() {
            return network.weights();
        }

        @Override
        public void setWeights(Map<String, INDArray> weights) {
            network.setWeights(weights);
        }
    }
}
