package dev.neurite.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The desktop application: one main window. */
public final class NeuriteApplication extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Neurite");
        stage.setScene(new Scene(new BorderPane(new Label("Neurite")), 1100, 720));
        stage.show();
    }
}
