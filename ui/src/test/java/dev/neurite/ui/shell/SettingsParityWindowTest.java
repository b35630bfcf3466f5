package dev.neurite.ui.shell;

import dev.neurite.format.Project;
import dev.neurite.format.ProjectFile;
import dev.neurite.format.Templates;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.Validation;
import dev.neurite.ui.train.FitForm;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Build's Compile & fit and Train's form are two views of the project's one set of settings: a field edited in one
 * shows in the other and in the saved file, and an edit in one never resets a setting the other holds (editing the
 * batch size in Build kept Train's "validate on the test set" unchecked before).
 */
@ExtendWith(ApplicationExtension.class)
class SettingsParityWindowTest {

    /** Per test: the window restores unsaved work from the data folder's recovery file. */
    @TempDir
    Path dataDir;

    @TempDir
    Path folder;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, Project.of(Templates.get("quick-cnn")), dataDir);
    }

    private FitForm trainForm(FxRobot robot) {
        robot.interact(() -> window.show("train"));
        WaitForAsyncUtils.waitForFxEvents();
        return window.trainingPlaces().trainPlace().viewModel().form();
    }

    @SuppressWarnings("unchecked")
    private <T> T build(FxRobot robot, String id) {
        robot.interact(() -> window.show("build"));
        return (T) robot.lookup("#" + id).query();
    }

    private FitSettings saved() throws Exception {
        Path file = folder.resolve("p.neurite");
        AtomicBoolean done = new AtomicBoolean();
        javafx.application.Platform.runLater(() -> window.project().saveAs(file, () -> done.set(true), message -> {
            throw new AssertionError(message);
        }));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, done::get);
        return ProjectFile.read(file).model().fit();
    }

    @Test
    void validationOnTheTestSetSurvivesAnEditOfTheBatchSizeInBuild(FxRobot robot) throws Exception {
        FitForm form = trainForm(robot);
        robot.interact(() -> form.validateOnTestProperty().set(true));
        CheckBox onTest = build(robot, "validate-on-test");
        assertTrue(onTest.isSelected(), "Build shows the validation mode chosen in Train");

        Spinner<Integer> batch = build(robot, "batch-size");
        robot.interact(() -> batch.getValueFactory().setValue(64));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(trainForm(robot).validateOnTestProperty().get());
        assertEquals(64, form.batchSizeProperty().get());
        FitSettings fit = saved();
        assertEquals(new Validation.TestSet(), fit.validation());
        assertEquals(64, fit.batchSize());
    }

    @Test
    void everyFieldEditedInBuildShowsInTrainAndInTheSavedFile(FxRobot robot) throws Exception {
        FitForm form = trainForm(robot);
        Spinner<Integer> epochs = build(robot, "epochs");
        Spinner<Double> split = build(robot, "validation-split");
        ComboBox<String> optimizer = build(robot, "optimizer");
        TextField learningRate = build(robot, "learning-rate");
        robot.interact(() -> {
            epochs.getValueFactory().setValue(7);
            split.getValueFactory().setValue(0.2);
            optimizer.setValue("RMSprop");
            learningRate.setText("0.005");
            learningRate.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(7, form.epochsProperty().get());
        assertEquals(0.2, form.validationSplitProperty().get(), 1e-9);
        assertFalse(form.validateOnTestProperty().get());
        assertEquals("RMSprop", form.optimizerProperty().get());
        assertEquals(0.005, form.learningRateProperty().get(), 1e-12);
        FitSettings fit = saved();
        assertEquals(7, fit.epochs());
        assertEquals(new Validation.Split(0.2), fit.validation());
        assertEquals(0.005, ProjectFile.read(folder.resolve("p.neurite")).model().compile().optimizer()
                .learningRate(), 1e-12);
    }

    @Test
    void everyFieldEditedInTrainShowsInBuild(FxRobot robot) {
        FitForm form = trainForm(robot);
        robot.interact(() -> {
            form.epochsProperty().set(12);
            form.batchSizeProperty().set(256);
            form.validationSplitProperty().set(0.15);
            form.optimizerProperty().set("SGD");
            form.learningRateProperty().set(0.05);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(12, this.<Spinner<Integer>>build(robot, "epochs").getValue());
        assertEquals(256, this.<Spinner<Integer>>build(robot, "batch-size").getValue());
        assertEquals(0.15, this.<Spinner<Double>>build(robot, "validation-split").getValue(), 1e-9);
        assertFalse(this.<CheckBox>build(robot, "validate-on-test").isSelected());
        assertEquals("SGD", this.<ComboBox<String>>build(robot, "optimizer").getValue());
        assertEquals("0.05", this.<TextField>build(robot, "learning-rate").getText());
    }
}
