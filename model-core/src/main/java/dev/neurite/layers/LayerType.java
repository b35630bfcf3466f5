package dev.neurite.layers;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The closed set of layer types Neurite knows, with Keras's class names. Files name layers by these names only; no
 * class is ever looked up by a name read from a file.
 */
public enum LayerType {
    INPUT_LAYER("InputLayer", "input", LayerCategory.CORE,
            "The entry point: the shape of one sample, without the batch dimension.",
            () -> new InputLayer(TensorShape.of(784)),
            InputLayer::read),
    DENSE("Dense", "dense", LayerCategory.CORE,
            "Every output unit is a weighted sum of all inputs plus a bias, then an activation.",
            () -> new Dense(64),
            Dense::read),
    ACTIVATION("Activation", "activation", LayerCategory.CORE,
            "Applies an activation function to every value; has no weights.",
            () -> new Activation(ActivationFunction.RELU),
            Activation::read),
    DROPOUT("Dropout", "dropout", LayerCategory.CORE,
            "While training, zeroes a random fraction of its inputs to fight overfitting.",
            () -> new Dropout(0.2),
            Dropout::read),
    FLATTEN("Flatten", "flatten", LayerCategory.CORE,
            "Unrolls an image (height, width, channels) into one long vector for Dense layers.",
            Flatten::new,
            Flatten::read),
    RESHAPE("Reshape", "reshape", LayerCategory.CORE,
            "Rearranges the values into a new shape with the same number of elements.",
            () -> new Reshape(java.util.List.of(28, 28, 1)),
            Reshape::read),
    RESCALING("Rescaling", "rescaling", LayerCategory.CORE,
            "Multiplies every value by a scale and adds an offset, e.g. 1/255 to bring pixels into [0, 1].",
            () -> new Rescaling(1.0 / 255, 0),
            Rescaling::read),
    CONV2D("Conv2D", "conv2d", LayerCategory.CONVOLUTION,
            "Slides small learned filters over the image; each filter makes one output channel.",
            () -> new Conv2D(32, Dims2D.square(3)),
            Conv2D::read),
    ZERO_PADDING2D("ZeroPadding2D", "zero_padding2d", LayerCategory.CONVOLUTION,
            "Adds a border of zeros around the image so a convolution keeps its size.",
            () -> ZeroPadding2D.symmetric(1),
            ZeroPadding2D::read),
    MAX_POOLING2D("MaxPooling2D", "max_pooling2d", LayerCategory.POOLING,
            "Keeps the largest value of each window, halving height and width by default.",
            () -> MaxPooling2D.of(Dims2D.square(2)),
            MaxPooling2D::read),
    AVERAGE_POOLING2D("AveragePooling2D", "average_pooling2d", LayerCategory.POOLING,
            "Averages each window, halving height and width by default.",
            () -> AveragePooling2D.of(Dims2D.square(2)),
            AveragePooling2D::read),
    GLOBAL_AVERAGE_POOLING2D("GlobalAveragePooling2D", "global_average_pooling2d", LayerCategory.POOLING,
            "Averages each channel over the whole image, giving one value per channel.",
            () -> new GlobalAveragePooling2D(false),
            GlobalAveragePooling2D::read),
    UP_SAMPLING2D("UpSampling2D", "up_sampling2d", LayerCategory.POOLING,
            "Repeats every row and column, doubling height and width by default (the reverse of pooling).",
            () -> UpSampling2D.of(Dims2D.square(2)),
            UpSampling2D::read),
    BATCH_NORMALIZATION("BatchNormalization", "batch_normalization", LayerCategory.NORMALIZATION,
            "Normalises each channel with the batch's statistics while training, moving averages afterwards.",
            BatchNormalization::new,
            BatchNormalization::read),
    NORMALIZATION("Normalization", "normalization", LayerCategory.NORMALIZATION,
            "Subtracts a mean and divides by a deviation, learned from the training data before training.",
            Normalization::adapted,
            Normalization::read),
    ADD("Add", "add", LayerCategory.MERGE,
            "Adds several inputs of the same shape element by element (residual connections).",
            Add::new,
            Add::read),
    CONCATENATE("Concatenate", "concatenate", LayerCategory.MERGE,
            "Joins several inputs along the channel axis.",
            Concatenate::new,
            Concatenate::read);

    private final String kerasClassName;
    private final String namePrefix;
    private final LayerCategory category;
    private final String description;
    private final Supplier<LayerConfig> defaults;
    private final Function<ArgumentReader, LayerConfig> reader;

    LayerType(String kerasClassName, String namePrefix, LayerCategory category, String description,
              Supplier<LayerConfig> defaults, Function<ArgumentReader, LayerConfig> reader) {
        this.kerasClassName = kerasClassName;
        this.namePrefix = namePrefix;
        this.category = category;
        this.description = description;
        this.defaults = defaults;
        this.reader = reader;
    }

    /** Keras's class name, e.g. {@code "MaxPooling2D"}. */
    public String kerasClassName() {
        return kerasClassName;
    }

    /** The stem of automatic layer names, as Keras's: {@code max_pooling2d}, {@code max_pooling2d_1}, ... */
    public String namePrefix() {
        return namePrefix;
    }

    public LayerCategory category() {
        return category;
    }

    /** One line that says what the layer does, for the palette. */
    public String description() {
        return description;
    }

    /** A new layer of this type with the arguments the palette starts from. */
    public LayerConfig createDefault() {
        return defaults.get();
    }

    /**
     * A layer of this type with the arguments {@code in} holds, Keras's defaults for the missing ones (the layer's
     * own {@code read}, e.g. {@link Dense#read}).
     *
     * @throws LayerConfigException if an argument is out of range
     */
    public LayerConfig read(ArgumentReader in) {
        return reader.apply(in);
    }

    /** Whether this is a merge layer that takes two or more inputs. */
    public boolean isMerge() {
        return category == LayerCategory.MERGE;
    }

    /** The type with Keras's class name {@code name}, or null. */
    public static LayerType fromKerasClassName(String name) {
        for (LayerType type : values()) {
            if (type.kerasClassName.equals(name)) {
                return type;
            }
        }
        return null;
    }
}
