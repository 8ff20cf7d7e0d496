package org.newsgraph.store;

/** The store could not be opened or written. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
