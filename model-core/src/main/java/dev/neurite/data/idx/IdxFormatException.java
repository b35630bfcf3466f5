package dev.neurite.data.idx;

import dev.neurite.data.DataException;

/** An IDX file that is malformed, truncated, too large or of a kind Neurite does not read. */
public class IdxFormatException extends DataException {

    public IdxFormatException(String message) {
        super(message);
    }

    public IdxFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
