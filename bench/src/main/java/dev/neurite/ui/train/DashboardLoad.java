package dev.neurite.ui.train;

import dev.neurite.format.Templates;
import dev.neurite.train.EpochMetrics;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

/**
 * What the Train place costs the machine while it shows a run, without the run: a thread posts made-up batch and
 * epoch events to the place at a training pace (quick-cnn's on a 2-core machine by default, 469 batches of 128 in 9 s
 * an epoch), and the CPU each kind of thread used is printed per made-up epoch ({@link EpochCpu}). With no training
 * competing for the cores, the figures of one change to the dashboard against another are steadier than those of
 * {@code bench/train-dashboard.sh}, which stay the measure of the whole. Not part of the app; a plain class so JavaFX
 * starts from the class path. Run under Xvfb:
 * {@code java -Dprism.order=sw -cp ... dev.neurite.ui.train.DashboardLoad [epochs] [batchesPerEpoch] [epochSeconds]};
 * {@code -Dneurite.load.pulseMeter=false} leaves out the {@link PulseMeter} that {@link TrainPlaceDemo}'s measurement
 * runs (an animation timer: JavaFX then pulses 60 times a second), as in the app.
 */
public final class DashboardLoad {

    private DashboardLoad() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window: the Train place alone at the size of {@link TrainPlaceDemoApp}'s. JavaFX thread. */
    public static final class App extends Application {

        @Override
        public void start(Stage stage) throws Exception {
            var args = getParameters().getRaw();
            int epochs = args.size() > 0 ? Integer.parseInt(args.get(0)) : 6;
            int batches = args.size() > 1 ? Integer.parseInt(args.get(1)) : 469;
            double epochSeconds = args.size() > 2 ? Double.parseDouble(args.get(2)) : 9;
            TrainPlace place = new TrainPlace(new SimpleObjectProperty<>(Templates.resolve("quick-cnn")),
                    new SimpleStringProperty("fashion-mnist"), Executors.newSingleThreadExecutor(),
                    new dev.neurite.engine.CpuEngine());
            stage.setScene(new Scene(new javafx.scene.layout.StackPane(place.view()), 1440, 900));
            stage.show();
            if (!"false".equals(System.getProperty("neurite.load.pulseMeter"))) {
                // as in TrainPlaceDemo's measurement, which keeps JavaFX's pulses at 60 a second
                new PulseMeter().start();
            }
            var field = TrainingViewModel.class.getDeclaredField("buffer");
            field.setAccessible(true);
            EventBuffer buffer = (EventBuffer) field.get(place.viewModel());
            EpochCpu cpu = new EpochCpu();
            Thread feeder = new Thread(() -> feed(buffer, cpu, epochs, batches, epochSeconds), "neurite-training");
            feeder.setDaemon(true);
            feeder.start();
        }

        /** On the feeder thread: the events of {@code epochs} epochs at their pace, then exits the app. */
        private static void feed(EventBuffer buffer, EpochCpu cpu, int epochs, int batches, double epochSeconds) {
            long perBatch = (long) (epochSeconds * 1e9 / batches);
            java.util.Random random = new java.util.Random(1);
            cpu.start();
            buffer.post(new TrainingEvent.Started(epochs, batches, System.nanoTime()));
            long next = System.nanoTime();
            for (int epoch = 1; epoch <= epochs; epoch++) {
                for (int batch = 1; batch <= batches; batch++) {
                    next += perBatch;
                    LockSupport.parkNanos(next - System.nanoTime());
                    double progress = epoch - 1 + (double) batch / batches;
                    double loss = 0.3 + 0.7 / (1 + progress) + 0.1 * random.nextGaussian();
                    buffer.post(new TrainingEvent.Batch(epoch, batch, batches, loss, Math.min(1, 1.1 - loss / 2),
                            (long) batch * 128, System.nanoTime()));
                }
                double loss = 0.3 + 0.7 / (1 + epoch);
                buffer.post(new TrainingEvent.Epoch(new EpochMetrics(epoch, loss, 1.1 - loss / 2, loss * 0.9,
                        1.1 - loss * 0.45, epochSeconds, batches * 128 / epochSeconds, 0.001), null,
                        System.nanoTime()));
                System.out.println(cpu.mark(Integer.toString(epoch)));
            }
            Platform.exit();
        }
    }
}
