package dev.neurite.ui.inside;

/** What is laid over the enlarged input, with the one sentence that says how to read it. */
public enum Overlay {
    NONE("Nothing laid over the input."),
    SALIENCY("Saliency: the redder a pixel, the more a little more or less ink there would change the answer "
            + "(the gradient of the class's probability)."),
    OCCLUSION("Occlusion: a patch of paper hides each region in turn; red where hiding it lowers the answer's "
            + "probability, blue where it raises it.");

    private final String howToRead;

    Overlay(String howToRead) {
        this.howToRead = howToRead;
    }

    /** One sentence on how to read the overlay. */
    public String howToRead() {
        return howToRead;
    }
}
