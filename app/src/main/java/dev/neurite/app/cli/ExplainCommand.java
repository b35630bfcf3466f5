package dev.neurite.app.cli;

import dev.neurite.NeuriteException;
import dev.neurite.data.preprocess.DigitPreprocessor;
import dev.neurite.data.preprocess.DigitWarning;
import dev.neurite.data.preprocess.Images;
import dev.neurite.data.preprocess.PreprocessedDigit;
import dev.neurite.engine.Network;
import dev.neurite.eval.TrainedModels;
import dev.neurite.explain.Activations;
import dev.neurite.explain.ActivationStatistics;
import dev.neurite.explain.InputGeometry;
import dev.neurite.explain.KernelImage;
import dev.neurite.explain.Kernels;
import dev.neurite.explain.LayerActivation;
import dev.neurite.explain.Occlusion;
import dev.neurite.explain.Overlays;
import dev.neurite.explain.Saliency;
import dev.neurite.model.ModelDefinition;
import dev.neurite.format.Templates;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code neurite explain MODEL IMAGE --out DIR}: what the network does with one digit. Preprocesses the image as
 * {@code predict} and the Test place do, then writes into DIR: {@code input.png} (what the network sees), one PNG per
 * layer under {@code activations/} (feature maps, unit strips, the probabilities), the filters under
 * {@code kernels/}, {@code saliency.png} and {@code occlusion.png} over the input, and {@code report.txt} (also
 * printed): the top class, and each layer's output shape and activation statistics.
 */
@Command(name = "explain", description = "Show what every layer of a model does with one digit image: PNGs of the "
        + "activations, filters, saliency and occlusion maps, and a short report.")
final class ExplainCommand implements Runnable {

    /** The command line's root: it holds the engine this run computes with. */
    @CommandLine.ParentCommand
    NeuriteCommand root;

    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "A trained model file, 'default' for the bundled "
            + "model, or a template id (untrained: its weights are random).")
    String model;

    @Parameters(index = "1", paramLabel = "IMAGE", description = "A PNG, JPEG, GIF or BMP file with one digit.")
    Path image;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the PNGs and report.txt "
            + "(created if missing).")
    Path out;

    @Option(names = "--class", paramLabel = "C", description = "Explain this class instead of the predicted one.")
    Integer target;

    @Option(names = "--smoothgrad", paramLabel = "N", defaultValue = "1",
            description = "Average the saliency over N noisy copies of the image (SmoothGrad; default 1: plain).")
    int smoothGrad;

    @Override
    public void run() {
        if (smoothGrad < 1) {
            throw new NeuriteException("--smoothgrad must be at least 1; got " + smoothGrad + ".");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new NeuriteException("'" + out + "' is a file; --out needs a folder.");
        }
        PrintWriter err = spec.commandLine().getErr();
        PreprocessedDigit digit = new DigitPreprocessor().process(Images.read(image));
        for (DigitWarning warning : digit.warnings()) {
            err.println("warning: " + image + ": " + warning.message());
        }
        Network network = load(err);
        float[] input = digit.input();
        InputGeometry geometry = InputGeometry.of(network.inputShape());
        Activations activations = Activations.of(network, input);
        int predicted = activations.predictedClass();
        int explained = target == null ? predicted : target;
        if (explained < 0 || explained >= activations.output().length) {
            throw new NeuriteException("--class must be between 0 and " + (activations.output().length - 1)
                    + "; got " + explained + ".");
        }
        Saliency saliency = Saliency.smoothed(network, input, explained, smoothGrad,
                smoothGrad > 1 ? Saliency.DEFAULT_NOISE : 0, 1);
        Occlusion occlusion = Occlusion.of(network, input, explained, Occlusion.DEFAULT_PATCH,
                Occlusion.DEFAULT_STRIDE, Occlusion.ZERO);
        List<String> written = write(network, input, geometry, activations, saliency, occlusion);
        String report = report(activations, explained, saliency, occlusion, written);
        try {
            Files.writeString(out.resolve("report.txt"), report);
        } catch (IOException e) {
            throw cannotWrite(out.resolve("report.txt"), e);
        }
        spec.commandLine().getOut().print(report);
        spec.commandLine().getOut().flush();
        err.flush();
    }

    private Network load(PrintWriter err) {
        if (PredictCommand.DEFAULT_MODEL.equals(model)) {
            return TrainedModels.pretrained(root.engine());
        }
        if (Files.isRegularFile(Path.of(model))) {
            return ModelLoading.load(Path.of(model), root.engine());
        }
        Optional<ModelDefinition> template = Templates.all().stream()
                .filter(t -> t.template() != null && t.template().id().equals(model)).findFirst();
        if (template.isEmpty()) {
            throw new NeuriteException("'" + model + "' is neither a model file, 'default', nor a template ("
                    + Templates.ids() + ").");
        }
        err.println("warning: template '" + model + "' is untrained: its weights are random, so the pictures show "
                + "what an untrained network does. Train it first: neurite train " + model + " --data digits --save "
                + "my-model.json");
        ModelDefinition definition = template.get();
        return root.engine().compile(definition.graph(), definition.compile(), definition.fit().seed());
    }

    private List<String> write(Network network, float[] input, InputGeometry geometry, Activations activations,
                               Saliency saliency, Occlusion occlusion) {
        List<String> written = new ArrayList<>();
        save(ExplainPictures.input(input, geometry), "input.png", written);
        int index = 0;
        List<LayerActivation> layers = activations.layers();
        for (LayerActivation layer : layers) {
            index++;
            String name = String.format(Locale.ROOT, "activations/%02d-%s.png", index, layer.name());
            if (layer == layers.get(layers.size() - 1)) {
                save(ExplainPictures.probabilities(layer, DIGITS), name, written);
            } else if (layer.isImage()) {
                save(ExplainPictures.featureMaps(layer), name, written);
            } else {
                save(ExplainPictures.units(layer), name, written);
            }
        }
        for (String conv : Kernels.convolutionLayers(network)) {
            List<KernelImage> filters = Kernels.convolution(network, conv);
            String what = filters.get(0).height() + "x" + filters.get(0).width() + " filters"
                    + (isFirst(network, conv) ? "" : ", averaged over their input channels");
            save(ExplainPictures.kernels(conv + ": " + filters.size() + " " + what, filters),
                    "kernels/" + conv + ".png", written);
        }
        Optional<String> dense = Kernels.firstDenseOnPixels(network);
        if (dense.isPresent()) {
            List<KernelImage> units = new ArrayList<>();
            LayerActivation hidden = activations.layer(dense.get()).orElseThrow();
            Integer[] strongest = ExplainPictures.strongestFirst(hidden.values());
            for (int k = 0; k < Math.min(16, strongest.length); k++) {
                units.add(Kernels.denseUnit(network, dense.get(), strongest[k]));
            }
            save(ExplainPictures.kernels(dense.get() + ": the weights of its " + units.size()
                    + " most active units over the input pixels", units), "kernels/" + dense.get() + ".png", written);
        }
        int[] salient = Overlays.saliency(saliency);
        save(ExplainPictures.overlay(input, geometry, salient, "Saliency for class " + saliency.targetClass()
                        + (saliency.samples() > 1 ? " (SmoothGrad, " + saliency.samples() + " samples)" : ""),
                "The redder a pixel, the more a little more or less ink there would change this answer."),
                "saliency.png", written);
        int[] drops = Overlays.occlusion(occlusion);
        save(ExplainPictures.overlay(input, geometry, drops, String.format(Locale.ROOT, "Occlusion for class %d "
                        + "(%dx%d patch of paper, largest drop %.1f points)", occlusion.targetClass(),
                occlusion.patch(), occlusion.patch(), occlusion.largestChange() * 100),
                "Red: hiding this region lowers the class's probability; blue: raises it."), "occlusion.png", written);
        return written;
    }

    private static boolean isFirst(Network network, String conv) {
        return Kernels.convolutionLayers(network).get(0).equals(conv);
    }

    private void save(BufferedImage picture, String name, List<String> written) {
        Path file = out.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(picture, "png", file.toFile());
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
        written.add(name);
    }

    private static NeuriteException cannotWrite(Path file, IOException e) {
        return new NeuriteException("Cannot write '" + file + "': " + e.getMessage(), e);
    }

    private String report(Activations activations, int explained, Saliency saliency, Occlusion occlusion,
                          List<String> written) {
        StringBuilder text = new StringBuilder();
        float[] p = activations.output();
        int predicted = activations.predictedClass();
        text.append(String.format(Locale.ROOT, "%s: predicted %d with probability %.4f", image, predicted,
                p[predicted]));
        int second = predicted == 0 ? 1 : 0;
        for (int i = 0; i < p.length; i++) {
            if (i != predicted && p[i] > p[second]) {
                second = i;
            }
        }
        if (p.length > 1) {
            text.append(String.format(Locale.ROOT, " (next: %d, %.4f)", second, p[second]));
        }
        text.append(System.lineSeparator()).append(System.lineSeparator());
        text.append(String.format(Locale.ROOT, "%-22s %-20s %-16s %10s %10s %10s %8s%n", "Layer", "Type",
                "Output shape", "min", "mean", "max", "zeros"));
        for (LayerActivation layer : activations.layers()) {
            ActivationStatistics s = layer.statistics();
            text.append(String.format(Locale.ROOT, "%-22s %-20s %-16s %10.4f %10.4f %10.4f %7.1f%%%n", layer.name(),
                    layer.type(), layer.shape().toKerasString(), s.min(), s.mean(), s.max(), s.zeroFraction() * 100));
        }
        text.append(System.lineSeparator());
        text.append(String.format(Locale.ROOT, "Explained class %d: occlusion's largest drop %.4f (from %.4f)%s%n",
                explained, occlusion.largestChange(), occlusion.baseline(),
                saliency.samples() > 1 ? "; saliency averaged over " + saliency.samples() + " noisy copies" : ""));
        text.append("Wrote ").append(written.size()).append(" pictures and report.txt to ").append(out)
                .append(System.lineSeparator());
        return text.toString();
    }
}
