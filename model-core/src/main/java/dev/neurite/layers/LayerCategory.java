package dev.neurite.layers;

/** The palette groups layers are shown in. */
public enum LayerCategory {
    CORE("Core"),
    CONVOLUTION("Convolution"),
    POOLING("Pooling"),
    NORMALIZATION("Normalization"),
    MERGE("Merge");

    private final String title;

    LayerCategory(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
