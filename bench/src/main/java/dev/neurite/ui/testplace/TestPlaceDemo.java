package dev.neurite.ui.testplace;

import dev.neurite.data.DataSet;
import dev.neurite.data.DataSources;
import dev.neurite.engine.CpuEngine;
import dev.neurite.eval.TrainedModel;
import dev.neurite.eval.TrainedModels;
import dev.neurite.ui.evaluation.EvaluationViewModel;
import dev.neurite.ui.evaluation.GalleryFilter;
import atlantafx.base.theme.PrimerLight;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Test place alone in a window, with the pretrained model and the bundled digits' test split (another data set's
 * with {@code -Dneurite.data=fashion-mnist}, for example, to browse 10,000 test images; a model file saved by
 * {@code neurite train --save} with {@code -Dneurite.model=FILE}, chosen as the project's trained model would be).
 * With {@code -Dneurite.screenshots=FOLDER} it draws a "2" by replaying a stroke, waits for the evaluation and the
 * prediction, writes {@code draw.png} (the drawing half) and {@code gallery.png} (matrix and gallery, a cell
 * selected) into FOLDER, and exits. With {@code -Dneurite.measure=gallery} it runs the
 * {@link GalleryScrollMeasurement} and exits. A plain class with {@code main}, so it starts from the class path.
 */
public final class TestPlaceDemo {

    /** The system property naming the data set whose test split is used ({@code --data}'s values; digits). */
    public static final String DATA = "neurite.data";

    /** The system property naming a model file to use instead of the pretrained default. */
    public static final String MODEL = "neurite.model";

    /** The system property naming a measurement to run ({@code gallery}). */
    public static final String MEASURE = "neurite.measure";

    /** The system property naming the screenshot folder. */
    public static final String SCREENSHOTS = "neurite.screenshots";

    private TestPlaceDemo() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The demo window. */
    public static final class Window extends Application {

        private final ExecutorService background = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "neurite-test-place");
            thread.setDaemon(true);
            return thread;
        });

        @Override
        public void start(Stage stage) {
            DataSet test = DataSources.resolve(System.getProperty(DATA, "digits")).test().orElseThrow(
                    () -> new IllegalArgumentException("The data set has no test split"));
            SimpleObjectProperty<TrainedModel> trained = new SimpleObjectProperty<>();
            TestPlace place = new TestPlace(trained, test, background, new CpuEngine());
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Scene scene = new Scene((Parent) place.view(), 1440, 900);
            stage.setTitle("Neurite \u2013 Test place");
            stage.setScene(scene);
            stage.show();
            String folder = System.getProperty(SCREENSHOTS);
            if (folder != null) {
                new Screenshots(place, Path.of(folder)).start();
            }
            boolean measure = "gallery".equals(System.getProperty(MEASURE));
            String modelFile = System.getProperty(MODEL);
            if (modelFile != null) {
                background.execute(() -> {
                    TrainedModel model = new TrainedModel(Path.of(modelFile).getFileName().toString(),
                            TrainedModels.fromFile(Path.of(modelFile), new CpuEngine()));
                    Platform.runLater(() -> {
                        trained.set(model);
                        if (measure) {
                            new GalleryScrollMeasurement(place).start();
                        }
                    });
                });
            } else if (measure) {
                new GalleryScrollMeasurement(place).start();
            }
        }

        @Override
        public void stop() {
            background.shutdownNow();
        }
    }

    /** Waits for the evaluation, draws, waits for the prediction, then writes the two images. FX thread. */
    private record Screenshots(TestPlace place, Path folder) {

        /** Frames to wait after the evaluation before drawing. */
        private static final int SETTLING_PULSES = 10;

        void start() {
            EvaluationViewModel evaluation = place.evaluation();
            if (evaluation.stateProperty().get() == EvaluationViewModel.State.DONE) {
                evaluated();
                return;
            }
            evaluation.stateProperty().addListener((obs, old, now) -> {
                if (now == EvaluationViewModel.State.DONE) {
                    evaluated();
                }
            });
        }

        private void evaluated() {
            // Draw once the evaluation's matrix and gallery are on screen, as a learner would, not in the same event.
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses == SETTLING_PULSES) {
                        stop();
                        ReplayedDigit.draw(place.drawing(), Screenshots.this::released);
                    }
                }
            }.start();
        }

        /** After the pointer is lifted: waits for the last prediction, then writes the images. */
        private void released() {
            if (!place.prediction().busyProperty().get()) {
                Platform.runLater(this::write);
                return;
            }
            place.prediction().busyProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                    if (!now) {
                        obs.removeListener(this);
                        Platform.runLater(Screenshots.this::write);
                    }
                }
            });
        }

        private void write() {
            var mistakes = place.evaluation().resultsProperty().get().evaluation().misclassified();
            if (!mistakes.isEmpty()) {
                place.gallery().setFilter(new GalleryFilter.Mistakes());
                place.gallery().select(place.gallery().items().get(0));
            }
            // The pointer rests where the window opened (the screen's centre under Xvfb): move it off, or the
            // screenshot shows whatever it hovers.
            new javafx.scene.robot.Robot().mouseMove(0, 0);
            Platform.runLater(() -> {
                save(place.drawView(), "draw.png");
                save(place.evaluationView(), "gallery.png");
                Platform.exit();
            });
        }

        private void save(Node node, String name) {
            try {
                Files.createDirectories(folder);
                var image = node.snapshot(null, null);
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", folder.resolve(name).toFile());
                System.out.println("Wrote " + folder.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
