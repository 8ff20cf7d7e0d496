package org.newsgraph.link;

/** Wikidata's SPARQL endpoint could not be reached or did not answer; the message names the endpoint. */
public class WikidataException extends RuntimeException {

    public WikidataException(String message, Throwable cause) {
        super(message, cause);
    }
}
