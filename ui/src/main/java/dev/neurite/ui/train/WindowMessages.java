package dev.neurite.ui.train;

import dev.neurite.data.NotDownloadedException;

/**
 * A failure's message as the window says it: the command line's advice ("Run 'neurite datasets download ...'") is
 * replaced with where the window does it, so the window never sends a learner to the command line. Stateless.
 */
public final class WindowMessages {

    private WindowMessages() {
    }

    /** The sentence for {@code failure}, for the status line of a place. */
    public static String of(RuntimeException failure) {
        if (failure instanceof NotDownloadedException missing) {
            return missing.info().name() + " is not downloaded yet. Download it in the Data place (Ctrl+1, "
                    + "Download > " + missing.info().name() + "; needs the internet once), or choose the bundled "
                    + "digits as the data set.";
        }
        return failure.getMessage();
    }
}
