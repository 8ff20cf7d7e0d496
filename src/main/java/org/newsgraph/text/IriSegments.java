package org.newsgraph.text;

/** What an encoded last segment of an IRI must not be. */
public final class IriSegments {

    private IriSegments() {
    }

    /**
     * The encoded segment, with a dot segment ("." or "..") percent-encoded: resolving or normalising the IRI (as
     * a TriG or Turtle writer's relative form is resolved) would remove it, and the resource named with it.
     */
    public static String noDotSegment(String encoded) {
        return encoded.equals(".") || encoded.equals("..") ? encoded.replace(".", "%2E") : encoded;
    }
}
