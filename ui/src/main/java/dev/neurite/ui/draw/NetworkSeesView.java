package dev.neurite.ui.draw;

import dev.neurite.data.preprocess.DigitPreprocessor;
import dev.neurite.data.preprocess.GreyImage;
import dev.neurite.data.preprocess.PreprocessedDigit;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * "What the network sees": the preprocessor's steps side by side, exactly as {@link DigitPreprocessor} made them:
 * the ink cropped to its bounding box, scaled to fit 20x20, and the 28x28 input with the centre of mass in the
 * middle. White ink on black, one image pixel per source pixel, scaled up without smoothing. JavaFX thread only.
 */
public final class NetworkSeesView extends HBox {

    /** Node ids of the three step images, in order. */
    public static final String CROPPED_ID = "step-cropped";
    public static final String FITTED_ID = "step-fitted";
    public static final String CENTRED_ID = "step-centred";

    private static final double SHOWN = 84;

    private final ImageView cropped = stepImage(CROPPED_ID);
    private final ImageView fitted = stepImage(FITTED_ID);
    private final ImageView centred = stepImage(CENTRED_ID);

    public NetworkSeesView() {
        getStyleClass().add(DrawStyles.STEPS);
        getChildren().addAll(
                step(cropped, "1. Cropped", "The ink's bounding box, cut out of the drawing."),
                step(fitted, "2. Scaled to 20x20", "The crop resized to fit a 20x20 box, keeping its proportions, "
                        + "as MNIST's digits were."),
                step(centred, "3. Centred in 28x28", "Placed in 28x28 so that the centre of mass is in the middle: "
                        + "the 784 values the network receives (x / 255 in Keras's tutorials)."));
        show(null);
    }

    /** Shows the steps of {@code digit}, or blank images for null. */
    public void show(PreprocessedDigit digit) {
        cropped.setImage(render(digit == null ? null : digit.cropped(), 1));
        fitted.setImage(render(digit == null ? null : digit.fitted(), DigitPreprocessor.BOX));
        centred.setImage(render(digit == null ? null : digit.centred(), DigitPreprocessor.SIZE));
    }

    private static Image render(GreyImage image, int blankSize) {
        return GreyImages.inkOnBlack(image == null ? GreyImage.blank(blankSize, blankSize) : image);
    }

    private static ImageView stepImage(String id) {
        ImageView view = new ImageView();
        view.setId(id);
        view.setSmooth(false);
        view.setPreserveRatio(true);
        view.setFitWidth(SHOWN);
        view.setFitHeight(SHOWN);
        view.getStyleClass().add(DrawStyles.STEP_IMAGE);
        return view;
    }

    private static VBox step(ImageView image, String caption, String explanation) {
        Label label = new Label(caption);
        label.getStyleClass().add(DrawStyles.CAPTION);
        javafx.scene.layout.StackPane frame = new javafx.scene.layout.StackPane(image);
        frame.getStyleClass().add(DrawStyles.STEP_IMAGE);
        frame.setMinSize(SHOWN + 4, SHOWN + 4);
        frame.setPrefSize(SHOWN + 4, SHOWN + 4);
        frame.setMaxSize(SHOWN + 4, SHOWN + 4);
        VBox box = new VBox(4, frame, label);
        box.getStyleClass().add(DrawStyles.STEP);
        Tooltip.install(box, new Tooltip(explanation));
        return box;
    }
}
