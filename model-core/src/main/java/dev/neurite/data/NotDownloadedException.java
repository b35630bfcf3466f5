package dev.neurite.data;

/**
 * A data set that must be downloaded once (MNIST, Fashion-MNIST) and is not in the download cache yet. Its message
 * speaks to the command line; a window says where its own Download is ({@link #info()} names the set).
 */
public final class NotDownloadedException extends DataException {

    private final transient DataSetInfo info;

    public NotDownloadedException(DataSetInfo info) {
        super(info.name() + " is not downloaded yet. Run 'neurite datasets download " + info.id() + "' (needs the "
                + "internet once), or use --data digits, which ships with Neurite.");
        this.info = info;
    }

    /** The data set that is missing. */
    public DataSetInfo info() {
        return info;
    }
}
