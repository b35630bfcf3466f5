package dev.neurite.app.cli;

import dev.neurite.NeuriteException;
import dev.neurite.data.preprocess.DigitPreprocessor;
import dev.neurite.data.preprocess.DigitWarning;
import dev.neurite.data.preprocess.GreyImage;
import dev.neurite.data.preprocess.Images;
import dev.neurite.data.preprocess.PreprocessedDigit;
import dev.neurite.engine.Network;
import dev.neurite.eval.Evaluator;
import dev.neurite.eval.TrainedModels;
import picocli.CommandLine;
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
 * {@code neurite predict MODEL IMAGE...}: preprocesses each image like an MNIST digit (the Test place's canvas uses the
 * same {@link DigitPreprocessor}) and prints {@code <path><TAB><digit><TAB><probability>} per file, in the order given.
 * Warnings (an empty image, a digit too small to read) go to stderr and the image is still predicted.
 */
@Command(name = "predict", description = "Predict the digit in each image file with a model (a model file or "
        + "'default').")
final class PredictCommand implements Runnable {

    /** The command line's root: it holds the engine this run computes with. */
    @CommandLine.ParentCommand
    NeuriteCommand root;

    static final String DEFAULT_MODEL = TrainedModels.DEFAULT;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL",
            description = "A model file (Neurite's, or a Keras .keras or .h5 with weights), or 'default' for the "
                    + "bundled model.")
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
                    + "or Keras, or 'default'.");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DigitPreprocessor preprocessor = new DigitPreprocessor();
        List<PreprocessedDigit> digits = new ArrayList<>();
        for (Path image : images) {
            digits.add(preprocessor.process(Images.read(image)));
        }
        Network network = DEFAULT_MODEL.equals(model) ? TrainedModels.pretrained(root.engine())
                : ModelLoading.load(Path.of(model), root.engine());
        for (int i = 0; i < images.size(); i++) {
            PreprocessedDigit digit = digits.get(i);
            String name = printable(images.get(i).toString());
            for (DigitWarning warning : digit.warnings()) {
                err.println("warning: " + name + ": " + warning.message());
            }
            if (show) {
                out.println(name + " as the network sees it:");
                out.print(preview(digit.centred()));
            }
            float[] probabilities = Evaluator.predict(network, digit.input());
            int best = argmax(probabilities);
            out.printf(Locale.ROOT, "%s\t%d\t%.4f%n", name, best, probabilities[best]);
        }
        err.flush();
    }

    /**
     * A path for one field of the tab-separated output: control characters (tab, newline, ...) as escapes
     * ({@code \t}, {@code \n}, {@code \x1b}), so no file name can add a field or a line.
     */
    static String printable(String path) {
        StringBuilder text = new StringBuilder(path.length());
        path.codePoints().forEach(c -> {
            switch (c) {
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> {
                    if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                        text.append(String.format(Locale.ROOT, c <= 0xff ? "\\x%02x" : "\\u%04x", c));
                    } else {
                        text.appendCodePoint(c);
                    }
                }
            }
        });
        return text.toString();
    }

    private static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
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
