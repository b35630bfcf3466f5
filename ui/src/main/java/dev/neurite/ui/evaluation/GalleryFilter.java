package dev.neurite.ui.evaluation;

/** Which test images the gallery shows. Immutable. */
public sealed interface GalleryFilter {

    /** Whether the image described by {@code item} passes. */
    boolean accepts(GalleryItem item);

    /** How the filter reads in the chooser. */
    String describe();

    /** Only the images the model got wrong. */
    record Mistakes() implements GalleryFilter {
        @Override
        public boolean accepts(GalleryItem item) {
            return item.isMistake();
        }

        @Override
        public String describe() {
            return "Mistakes only";
        }
    }

    /** Every test image. */
    record All() implements GalleryFilter {
        @Override
        public boolean accepts(GalleryItem item) {
            return true;
        }

        @Override
        public String describe() {
            return "All test images";
        }
    }

    /** Images of one true class. */
    record TrueClass(int label) implements GalleryFilter {
        @Override
        public boolean accepts(GalleryItem item) {
            return item.label() == label;
        }

        @Override
        public String describe() {
            return "True class " + label;
        }
    }

    /** Images the model put in one class. */
    record PredictedClass(int predicted) implements GalleryFilter {
        @Override
        public boolean accepts(GalleryItem item) {
            return item.predicted() == predicted;
        }

        @Override
        public String describe() {
            return "Predicted as " + predicted;
        }
    }

    /** One cell of the confusion matrix: true class and predicted class. */
    record Cell(int label, int predicted) implements GalleryFilter {
        @Override
        public boolean accepts(GalleryItem item) {
            return item.label() == label && item.predicted() == predicted;
        }

        @Override
        public String describe() {
            return "True " + label + ", predicted " + predicted;
        }
    }
}
