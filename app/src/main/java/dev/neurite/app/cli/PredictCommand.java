package dev.neurite.app.cli;

import dev.neurite.NeuriteException;
import dev.neurite.data.preprocess.DigitPreprocessor;
import dev.neurite.data.preprocess.DigitWarning;
import dev.neurite.data.preprocess.GreyImage;
import dev.neurite.data.preprocess.Images;
import dev.neurite.data.preprocess.PreprocessedDigit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code neurite predict MODEL IMAGE...}: preprocesses each image like an MNIST digit and asks the model for the class.
 * The preprocessing and the arguments are real; the prediction waits for the model engine, which this build does not
 * have yet, so the command ends with an {@code error:} line saying so after the images were checked.
 */
@Command(name = "predict", description = "Predict the digit in each image file with a model (a model file or "
        + "'default').")
final class PredictCommand implements Runnable {

    static final String DEFAULT_MODEL = "default";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "A model file, or 'default' for the bundled model.")
    String model;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "IMAGE",
            description = "PNG, JPEG, GIF or BMP files, one digit each, any size, dark on light or light on dark.")
    List<Path> images = new ArrayList<>();

    @Option(names = "--show", description = "Print the 28x28 image the network sees for each file.")
    boolean show;

    @Override
    public void run() {
        if (!DEFAULT_MODEL.equals(model) && !Files.isRegularFile(Path.of(model))) {
            throw new NeuriteException("Model file '" + model + "' does not exist; give a model file saved by Neurite "
                    + "or 'default'.");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DigitPreprocessor preprocessor = new DigitPreprocessor();
        List<float[]> inputs = new ArrayList<>();
        for (Path image : images) {
            PreprocessedDigit digit = preprocessor.process(Images.read(image));
            for (DigitWarning warning : digit.warnings()) {
                err.println("warning: " + image + ": " + warning.message());
            }
            if (show) {
                out.println(image + " as the network sees it:");
                out.print(preview(digit.centred()));
            }
            inputs.add(digit.input());
        }
        out.flush();
        err.flush();
        throw new NeuriteException("The model engine is not available in this build yet, so no prediction can be "
                + "made; the " + inputs.size() + " image(s) were read and preprocessed (use --show to see them).");
    }

    /** The image as text: one character per pixel, darker characters for more ink. */
    static String preview(GreyImage image) {
        String shades = " .:-=+*#%@";
        StringBuilder text = new StringBuilder();
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int level = Math.min(shades.length() - 1, (int) (image.get(x, y) * shades.length()));
                text.append(shades.charAt(level));
            }
            text.append(System.lineSeparator());
        }
        return text.toString();
    }
}
