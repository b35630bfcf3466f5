package dev.neurite.app.cli;

import dev.neurite.NeuriteException;
import dev.neurite.data.preprocess.DigitPreprocessor;
import dev.neurite.data.preprocess.DigitWarning;
import dev.neurite.data.preprocess.GreyImage;
import dev.neurite.data.preprocess.Images;
import dev.neurite.data.preprocess.PreprocessedDigit;
import dev.neurite.engine.Network;
import dev.neurite.eval.Evaluator;
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
import java.util.Locale;

/**
 * {@code neurite predict MODEL IMAGE...}: preprocesses each image like an MNIST digit and asks the model for the class.
 * Prints the predicted class, its probability and the probability of every class.
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
        err.flush();
        if (DEFAULT_MODEL.equals(model)) {
            throw new NeuriteException("No bundled default model is installed yet; give a model file saved with "
                    + "'neurite train ... --save model.json'.");
        }
        Network network = ModelLoading.load(Path.of(model));
        for (int i = 0; i < images.size(); i++) {
            float[] probabilities = Evaluator.predict(network, inputs.get(i));
            int best = 0;
            for (int c = 1; c < probabilities.length; c++) {
                if (probabilities[c] > probabilities[best]) {
                    best = c;
                }
            }
            StringBuilder line = new StringBuilder(images.get(i) + ": " + best
                    + String.format(Locale.ROOT, " (%.1f%%) -", 100 * probabilities[best]));
            for (float p : probabilities) {
                line.append(String.format(Locale.ROOT, " %.3f", p));
            }
            out.println(line);
        }
        out.flush();
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
