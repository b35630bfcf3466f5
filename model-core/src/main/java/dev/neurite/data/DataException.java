package dev.neurite.data;

import dev.neurite.NeuriteException;

/**
 * A data set, data file or data source that cannot be used as given: a malformed file, a missing download, an
 * unknown data set id. The message names the input, what is wrong with it and what to do.
 */
public class DataException extends NeuriteException {

    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
