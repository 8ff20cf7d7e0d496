package org.newsgraph.ingest;

/**
 * An input that cannot be turned into article text. The message is one short human sentence
 * (for example {@code "empty file"}) that ends up in {@link ReadResult.Failed#reason()}.
 */
public final class UnreadableInputException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param reason why the input cannot be read, phrased for a person */
    public UnreadableInputException(String reason) {
        super(reason);
    }
}
