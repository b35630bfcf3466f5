package dev.neurite.ui.data;

/** Which array of a data source the Data place browses: {@code x_train} or {@code x_test}. */
enum DataPart {
    TRAIN("x_train", "y_train"),
    TEST("x_test", "y_test");

    private final String images;
    private final String labels;

    DataPart(String images, String labels) {
        this.images = images;
        this.labels = labels;
    }

    /** The lessons' name of the images array, e.g. {@code x_train}. */
    String images() {
        return images;
    }

    /** The lessons' name of the labels array, e.g. {@code y_train}. */
    String labels() {
        return labels;
    }

    @Override
    public String toString() {
        return images;
    }
}
